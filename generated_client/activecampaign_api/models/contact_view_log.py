from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewLog(_Model, kw_only=True):
    """One change log entry of the contact. The reference only shows an empty list, so only the id is declared."""

    id: str
