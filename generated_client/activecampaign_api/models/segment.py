from __future__ import annotations

from ..decoding import Model as _Model


class Segment(_Model, kw_only=True):
    """A saved segment."""

    id: str
    name: str | None = None
    logic: str | None = None
    """ How the segment's condition groups combine, `and` or `or`. """
    hidden: str | None = None
    seriesid: str | None = None
    """ Id of the automation the segment belongs to; `0` for none. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
