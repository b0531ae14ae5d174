from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class SmsRecipient(
    _Model,
    kw_only=True,
    rename={
        "phone_number": "phoneNumber",
        "sent_date": "sentDate",
        "opt_out": "optOut",
    },
):
    """One contact a broadcast was sent to."""

    id: int
    """ The contact's id. """
    name: str | None = None
    phone_number: str | None = None
    sent_date: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    clicks: int | None = None
    deliverability: SmsRecipientDeliverability | None = None
    replies: list[SmsReply] | None = None
    opt_out: SmsRecipientOptOut | None = None
    details: SmsRecipientDetailsType0 | None = None
    """ Why the message failed, when it did. """


from .sms_recipient_deliverability import SmsRecipientDeliverability  # noqa: E402
from .sms_recipient_details_type_0 import SmsRecipientDetailsType0  # noqa: E402
from .sms_recipient_opt_out import SmsRecipientOptOut  # noqa: E402
from .sms_reply import SmsReply  # noqa: E402
