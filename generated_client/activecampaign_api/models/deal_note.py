from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class DealNote(_Model, kw_only=True):
    """A note attached to a deal."""

    id: str
    note: str | None = None
    relid: str | None = None
    """ Id of the deal the note belongs to. """
    reltype: str | None = None
    """ Kind of record the note belongs to (`Deal`). """
    user: str | None = None
    """ Id of the user who wrote the note. """
    userid: str | None = None
    owner: DealNoteOwner | None = None
    """ The record a note is attached to. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """


from .deal_note_owner import DealNoteOwner  # noqa: E402
