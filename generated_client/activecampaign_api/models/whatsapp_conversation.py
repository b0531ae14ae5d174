from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class WhatsappConversation(_Model, kw_only=True):
    """A conversation in the WhatsApp inbox."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    contact: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    status: WhatsappConversationStatus | None = None
    first_message: dict[str, Any] | None = None
    """ The message that opened the conversation. """
    assigned: list[WhatsappAssignee] | None = None
    tags: list[WhatsappConversationTag] | None = None
    created_on: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    source: str | None = None
    """ How the conversation started, for example `INBOX`, `API`, `BROADCAST` or `FLOW`. """
    assigned_team: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    channel: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """


from .whatsapp_assignee import WhatsappAssignee  # noqa: E402
from .whatsapp_conversation_status import WhatsappConversationStatus  # noqa: E402
from .whatsapp_conversation_tag import WhatsappConversationTag  # noqa: E402
