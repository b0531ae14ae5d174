from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class ContactDealSummary(
    _Model,
    kw_only=True,
    rename={
        "next_task": "nextTask",
        "hash_": "hash",
        "win_probability": "winProbability",
        "win_probability_mdate": "winProbabilityMdate",
        "is_disabled": "isDisabled",
        "customer_account": "customerAccount",
    },
):
    """A deal of the contact, as embedded in the contact view or listed from the contact."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    owner: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    contact: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    organization: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    group: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    title: str | None = None
    nexttaskid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    currency: str | None = None
    status: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    next_task: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    hash_: str | None = None
    stage: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    description: str | None = None
    percent: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    cdate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    mdate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    nextdate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    value: float | None = None
    """ Kind `money` (Python `float`): an amount, such as a deal's value or a price. Sent as a JSON number (integer
    or float, for example `156.24`) or as a numeric string; no form loses its value. Null when unset. """
    win_probability: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    win_probability_mdate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    activitycount: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    nextdealid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    edate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    is_disabled: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    account: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    customer_account: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
