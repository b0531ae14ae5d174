from __future__ import annotations

from ..decoding import Model as _Model


class SmsAiRequestStatus(
    _Model,
    kw_only=True,
    rename={
        "broadcast_id": "broadcastId",
    },
):
    """A model of the API's answers."""

    status: SmsAiRequestStatusStatus
    source: SmsAiSource | None = None
    """ Which AI flow produced or produces the text. """
    broadcast_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """


from .sms_ai_request_status_status import SmsAiRequestStatusStatus  # noqa: E402
from .sms_ai_source import SmsAiSource  # noqa: E402
