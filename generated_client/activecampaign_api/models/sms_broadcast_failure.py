from __future__ import annotations

from ..decoding import Model as _Model


class SmsBroadcastFailure(
    _Model,
    kw_only=True,
    rename={
        "error_code": "errorCode",
        "error_source": "errorSource",
    },
):
    """A model of the API's answers."""

    error_code: str
    count: int
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    error_source: SmsErrorSource | None = None
    """ Whether ActiveCampaign or the carrier gateway (Twilio) refused the message. """


from .sms_error_source import SmsErrorSource  # noqa: E402
