from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class DealTask(
    _Model,
    kw_only=True,
    rename={
        "owner_type": "ownerType",
        "deal_tasktype": "dealTasktype",
        "done_automation": "doneAutomation",
        "outcome_id": "outcomeId",
        "outcome_info": "outcomeInfo",
    },
):
    """A task as the API returns it."""

    id: str
    title: str | None = None
    note: str | None = None
    """ The task's text. """
    status: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    duedate: str | None = None
    """ When the task is due, as an ISO 8601 timestamp. """
    edate: str | None = None
    """ When the task ends (due date plus its duration). """
    duration: str | None = None
    donedate: str | None = None
    """ When the task was completed; null while open. """
    relid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    reltype: str | None = None
    """ Kind of owner, `Deal` or `Subscriber` (a contact). """
    owner_type: str | None = None
    """ Kind of owner, `deal` or `contact` (echoed by updates). """
    deal_tasktype: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    user: str | None = None
    """ Id of the user who created the task. """
    assignee: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    automation: str | None = None
    """ Id of the automation started when the task was created. """
    done_automation: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    outcome_id: int | None = None
    """ Id of the outcome the task was completed with, sent as a number; null while open. """
    outcome_info: str | None = None
    """ Free-text detail about the outcome. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    owner: DealTaskOwner | None = None
    """ The deal or contact the task belongs to. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """


from .deal_task_owner import DealTaskOwner  # noqa: E402
