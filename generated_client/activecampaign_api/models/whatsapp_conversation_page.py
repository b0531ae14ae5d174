from __future__ import annotations

from ..decoding import Model as _Model


class WhatsappConversationPage(
    _Model,
    kw_only=True,
    rename={
        "next_": "next",
    },
):
    """A model of the API's answers."""

    results: list[WhatsappConversation]
    count: int
    next_: str | None = None
    previous: str | None = None


from .whatsapp_conversation import WhatsappConversation  # noqa: E402
