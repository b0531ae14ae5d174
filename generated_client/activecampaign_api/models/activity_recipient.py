from __future__ import annotations

from ..decoding import Model as _Model


class ActivityRecipient(_Model, kw_only=True):
    """Who an activity concerns."""

    id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    reltype: str | None = None
    """ Kind of record, for example `Subscriber`. """
    relid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    activityid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    recipient: ActivityReference | None = None
    """ The record an activity is about. """


from .activity_reference import ActivityReference  # noqa: E402
