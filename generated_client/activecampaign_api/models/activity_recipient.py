from __future__ import annotations

from ..decoding import Model as _Model


class ActivityRecipient(_Model, kw_only=True):
    """Who an activity concerns."""

    id: str | None = None
    reltype: str | None = None
    """ Kind of record, for example `Subscriber`. """
    relid: str | None = None
    activityid: str | None = None
    recipient: ActivityReference | None = None
    """ The record an activity is about. """


from .activity_reference import ActivityReference  # noqa: E402
