from __future__ import annotations

from ..decoding import Model as _Model


class ContactAutomation(
    _Model,
    kw_only=True,
    rename={
        "completed_elements": "completedElements",
        "total_elements": "totalElements",
        "complete_value": "completeValue",
    },
):
    """A contact's run through one automation. Right after creation `startid` and `status` arrive as JSON numbers, and
    some views send the element counters as numbers; elsewhere they are strings of digits."""

    id: str
    contact: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    seriesid: str | None = None
    """ Id of the automation. """
    startid: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    status: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    batchid: str | None = None
    adddate: str | None = None
    """ When the contact entered the automation. """
    remdate: str | None = None
    """ When the contact left the automation. """
    timespan: str | None = None
    lastblock: str | None = None
    """ Id of the last block the contact reached. """
    lastlogid: str | None = None
    lastdate: str | None = None
    in_als: str | None = None
    completed_elements: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    total_elements: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    completed: int | None = None
    """ 1 when the contact finished the automation. """
    complete_value: int | None = None
    """ Percentage of the automation completed. """
    automation: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
