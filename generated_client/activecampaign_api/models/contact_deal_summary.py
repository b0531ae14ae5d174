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
    owner: str | None = None
    contact: str | None = None
    organization: str | None = None
    group: str | None = None
    title: str | None = None
    nexttaskid: str | None = None
    currency: str | None = None
    status: str | None = None
    next_task: str | None = None
    hash_: str | None = None
    stage: str | None = None
    description: str | None = None
    percent: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: str | None = None
    nextdate: str | None = None
    value: str | None = None
    """ Deal value in cents, as a string of digits. """
    win_probability: str | None = None
    win_probability_mdate: str | None = None
    activitycount: str | None = None
    nextdealid: str | None = None
    edate: str | None = None
    is_disabled: bool | None = None
    account: str | None = None
    customer_account: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
