from __future__ import annotations

from ..decoding import Model as _Model


class DealCustomFieldMessage(_Model, kw_only=True):
    """A model of the API's answers."""

    message: str | None = None
