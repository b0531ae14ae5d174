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
    broadcast_id: int | None = None
    """ The drafted or rewritten broadcast, once `status` is `success`. """


from .sms_ai_request_status_status import SmsAiRequestStatusStatus  # noqa: E402
from .sms_ai_source import SmsAiSource  # noqa: E402
