from __future__ import annotations

from ..decoding import Model as _Model


class SmsCreditsEnvelope(
    _Model,
    kw_only=True,
    rename={
        "sms_credits": "smsCredits",
    },
):
    """A model of the API's answers."""

    sms_credits: SmsCredits


from .sms_credits import SmsCredits  # noqa: E402
