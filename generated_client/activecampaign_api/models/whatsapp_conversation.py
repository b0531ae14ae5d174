from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class WhatsappConversation(_Model, kw_only=True):
    """A conversation in the WhatsApp inbox."""

    id: str
    contact: str
    """ The WhatsApp contact's id. """
    status: WhatsappConversationStatus | None = None
    first_message: dict[str, Any] | None = None
    """ The message that opened the conversation. """
    assigned: list[WhatsappAssignee] | None = None
    tags: list[WhatsappConversationTag] | None = None
    created_on: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    source: str | None = None
    """ How the conversation started, for example `INBOX`, `API`, `BROADCAST` or `FLOW`. """
    assigned_team: int | None = None
    channel: int | None = None


from .whatsapp_assignee import WhatsappAssignee  # noqa: E402
from .whatsapp_conversation_status import WhatsappConversationStatus  # noqa: E402
from .whatsapp_conversation_tag import WhatsappConversationTag  # noqa: E402
