from __future__ import annotations

from ..decoding import Model as _Model


class FieldOptionBulkError(_Model, kw_only=True):
    """Error body of the bulk option create, where `errors` is a sentence, not an array."""

    errors: str | None = None
