from __future__ import annotations

from ..decoding import Model as _Model


class SmsRecipientPageMeta(_Model, kw_only=True):
    """A model of the API's answers."""

    total: int | None = None
    limit: int | None = None
    offset: int | None = None
