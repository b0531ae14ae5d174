from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Deal(
    _Model,
    kw_only=True,
    rename={
        "customer_account": "customerAccount",
        "next_task": "nextTask",
        "hash_": "hash",
        "win_probability": "winProbability",
        "win_probability_mdate": "winProbabilityMdate",
        "is_disabled": "isDisabled",
    },
):
    """A deal as the API returns it. Most numbers arrive as strings of digits, but a deal just created or updated
    echoes some of them as JSON numbers."""

    id: str
    title: str | None = None
    description: str | None = None
    owner: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    contact: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    organization: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    account: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    customer_account: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    group: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    stage: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    value: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    currency: str | None = None
    """ Three-letter ISO currency code, lower-case. """
    percent: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    status: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    edate: str | None = None
    """ When the deal was won or lost; `0000-00-00 00:00:00` or null while open. """
    nextdate: str | None = None
    """ Due date of the next task, or null. """
    nexttaskid: str | None = None
    """ Id of the next task; null or `0` when none. """
    next_task: str | None = None
    """ Id of the next task, or null. """
    nextdealid: str | None = None
    activitycount: str | None = None
    """ Number of activity entries, as a string of digits. """
    hash_: str | None = None
    win_probability: int | None = None
    """ Predicted chance of winning, in percent; null when not computed. """
    win_probability_mdate: str | None = None
    """ When `winProbability` was last computed. """
    is_disabled: int | None = None
    """ True (or 1) when the token's user lacks permission on the deal's pipeline; then only `id` and `title` are
    filled in. """
    fields: list[DealFieldValue] | None = None
    """ Custom field values, echoed after a create or update. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """


from .deal_field_value import DealFieldValue  # noqa: E402
