from __future__ import annotations

from ..decoding import Model as _Model


class DealNoteOwner(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """The record a note is attached to."""

    id: str | None = None
    type_: str | None = None
    """ Kind of record, for example `deal`. """
