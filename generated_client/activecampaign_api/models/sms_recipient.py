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

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    name: str | None = None
    phone_number: str | None = None
    sent_date: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    clicks: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    deliverability: SmsRecipientDeliverability | None = None
    replies: list[SmsReply] | None = None
    opt_out: SmsRecipientOptOut | None = None
    details: SmsRecipientDetailsType0 | None = None
    """ Why the message failed, when it did. """


from .sms_recipient_deliverability import SmsRecipientDeliverability  # noqa: E402
from .sms_recipient_details_type_0 import SmsRecipientDetailsType0  # noqa: E402
from .sms_recipient_opt_out import SmsRecipientOptOut  # noqa: E402
from .sms_reply import SmsReply  # noqa: E402
