from __future__ import annotations

from ..decoding import Model as _Model


class SmsRecipientDetailsType0(
    _Model,
    kw_only=True,
    rename={
        "error_code": "errorCode",
        "error_source": "errorSource",
    },
):
    """Why the message failed, when it did."""

    error_code: str | None = None
    error_source: SmsErrorSource | None = None
    """ Whether ActiveCampaign or the carrier gateway (Twilio) refused the message. """


from .sms_error_source import SmsErrorSource  # noqa: E402
