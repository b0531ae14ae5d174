from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class AccountNote(_Model, kw_only=True):
    """A note attached to an account."""

    id: str
    note: str | None = None
    relid: str | None = None
    """ Id of the account the note belongs to. """
    reltype: str | None = None
    """ Kind of record the note belongs to (`CustomerAccount`). """
    user: str | None = None
    """ Id of the user who wrote the note. """
    userid: str | None = None
    owner: AccountNoteOwner | None = None
    """ The record a note is attached to. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """


from .account_note_owner import AccountNoteOwner  # noqa: E402
