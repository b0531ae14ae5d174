from __future__ import annotations

from ..decoding import Model as _Model


class WhatsappConversationTag(_Model, kw_only=True):
    """A model of the API's answers."""

    id: int
    name: str
