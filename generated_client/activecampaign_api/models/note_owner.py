from __future__ import annotations

from ..decoding import Model as _Model


class NoteOwner(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """The record the note is attached to."""

    type_: str | None = None
    """ `contact`, `deal`, `activity`, `dealTask` or `account`. """
    id: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
