from __future__ import annotations

from ..decoding import Model as _Model


class TaskReminder(
    _Model,
    kw_only=True,
    rename={
        "deal_task": "dealTask",
    },
):
    """A reminder of a task, as the API returns it."""

    id: str | None = None
    deal_task: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    interval: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
