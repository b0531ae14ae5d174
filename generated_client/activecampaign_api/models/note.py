from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Note(_Model, kw_only=True):
    """A note as the API returns it."""

    id: str
    note: str | None = None
    """ The note's text. """
    relid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    reltype: str | None = None
    """ Kind of owner, for example `Subscriber` (a contact), `Deal`, `DealTask`, `Activity`, `CustomerAccount`. """
    userid: str | None = None
    """ Id of the user who wrote the note. """
    user: str | None = None
    """ Id of the user who wrote the note. """
    is_draft: str | None = None
    """ 1 for a draft note, as a string of digits. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    owner: NoteOwner | None = None
    """ The record the note is attached to. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """


from .note_owner import NoteOwner  # noqa: E402
