"""What can be exported, and how each collection says what changed: one `Feed` per list operation.

The table (`feed_table.FEEDS`) is derived from the spec by `generator/export_feeds.py`, never
written by hand; `tests/sdk/test_changes.py` derives it again and fails when the two differ.
How a feed is walked for "what changed since the last run" (`how`):

- ``"filter"``: the list takes an update filter (`filters[updated_after]` on contacts and
  deals, `after` on activities, `filters[updatedTimestamp][gt]` on custom objects). The walk
  asks only for what changed since the cursor, less the overlap.
- ``"ordered"``: no filter, but the list sorts by its update time (`orders[mdate]` on
  automations and campaigns, `orders[tstamp]` on email activities). The walk asks newest
  first and stops at the first record older than the cursor, less the overlap.
- ``"full"``: neither. Every walk is the whole collection, and the walk says so
  (`UpdateCursor.incremental` is False).

`keyset` feeds (contacts: `id_greater` with `orders[id]=ASC`) are walked by id, each page
asking for the ids after the last one seen, which costs the same at any depth and cannot skip
or repeat a record when others are created or deleted during the walk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

How = Literal["filter", "ordered", "full"]


@dataclass(frozen=True)
class Feed:
    """One exportable collection: a list operation of the spec, and how to ask it what changed."""

    name: str
    """The collection's name, from its path (`/contactTags` -> ``contact_tags``)."""
    operation_id: str
    path: str
    """Relative to /api/3; may hold path parameters (`{schemaId}`)."""
    items: str
    """The key of the page's records in the list's answer (`"contacts"`)."""
    summary: str
    how: How
    updated: str | None = None
    """The record attribute holding its update time (`udate`, `mdate`, ...); None for a full feed."""
    filter: str | None = None
    """The query parameter asking for records changed after a time (a ``"filter"`` feed)."""
    filter_format: Literal["date", "date-time"] | None = None
    """What the filter takes: a calendar day (`YYYY-MM-DD`, as the spec says for contacts and deals) or a time."""
    order: str | None = None
    """The query parameter sorting by the update time (an ``"ordered"`` feed)."""
    keyset: bool = False
    """Whether the list takes `id_greater` and `orders[id]` (walked by id instead of by offset)."""
    path_params: tuple[str, ...] = ()

    @property
    def incremental(self) -> bool:
        return self.how != "full"


def feeds() -> dict[str, Feed]:
    """Every exportable collection by name."""
    from .feed_table import FEEDS

    return {feed.name: feed for feed in FEEDS}


def feed(name: str) -> Feed:
    """The collection named `name` (``contact_tags``; ``contact-tags`` too); InvalidInputError if none."""
    from .errors import InvalidInputError

    if not isinstance(name, str):
        raise InvalidInputError(f"a collection is named by text such as 'contacts', not {name!r}")
    table = feeds()
    found = table.get(name.replace("-", "_"))
    if found is None:
        raise InvalidInputError(f"no exportable collection named {name!r}; one of: {', '.join(sorted(table))}")
    return found
