"""What changed since a cursor: the walk behind `ac.updated_since(collection, cursor)`, without I/O.

    walk = ac.updated_since("contacts", cursor)      # cursor: None the first time
    for contact in walk:                             # each record as the API sent it (a dict)
        ...
    cursor = walk.cursor                             # the next cursor; save it (cursor.to_json())

The clients drive a `ChangeWalk` (this module) page by page; it says what to ask next and
decides which records are new. The rules:

- **The truth of a record's time** is its update attribute (`udate` on contacts, `mdate` on
  deals, automations and campaigns, `tstamp` on activities, `updatedTimestamp` on custom
  objects), read with its offset as an aware datetime. `udate` carries the account's US Central
  offset; a time sent without an offset is read in US Central (the API's own zone). Contacts'
  `updated_utc_timestamp` shows the same wall-clock time as `udate`, so it is not UTC, and is
  never read.
- **The cursor** is the server's time when the walk began (the `Date` of its first answer),
  plus the `(id, update time)` of every record delivered whose time falls inside the overlap
  window before it. The next walk asks for records changed since the cursor less the overlap
  (`overlap`, 5 minutes by default: what the API's clock, its replicas and the filter may lag),
  and delivers a record unless its time is before that window or the same version, `(id,
  update time)`, was delivered already. So records sharing the cursor's second are neither
  dropped nor delivered twice, and a record changed while a walk runs (it may be behind the
  walk already) is delivered by the next one.
- **The cursor advances only when the walk completed**: `walk.cursor` raises
  `IncompleteWalkError` before the last page is read. A walk that fails or is interrupted
  leaves the saved cursor where it was; the next one starts from there.
- **A collection without an update filter or an update-ordered sort is exported in full** by
  every walk, and says so: `walk.incremental` and `cursor.incremental` are False.
- Contacts' and deals' `filters[updated_after]` are typed as a day (`YYYY-MM-DD`) in the spec;
  the API reads a date and time in its own zone as well, so the walk sends the window's start
  to the second, `YYYY-MM-DD hh:mm:ss` in US Central. Were a server to read only the day, it
  would answer more records, and those delivered already would be dropped here by the rule above.
- A version is `(id, update time, digest of the record)`: a record changed twice within one
  second (the API's times are to the second) is delivered again, an unchanged one is not.
- Offset walks (every feed but contacts, which are walked by id) check `meta.total` on each
  page: when it moved, records were created or deleted behind the walk and offsets shifted, so
  the walk starts again (at most `MAX_RESTARTS` times) and skips what it delivered already.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any

from activecampaign_api.types import path_segment

from .checks import check_params, whole_number
from .errors import ActiveCampaignError, InvalidInputError
from .feeds import Feed, feed
from .pagination import MAX_PAGE_SIZE

DEFAULT_OVERLAP = timedelta(minutes=5)
MAX_RESTARTS = 3
CURSOR_VERSION = 1


def _central() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("America/Chicago")
    except (ImportError, KeyError, OSError):  # no time zone database (Windows without tzdata)
        return timezone(timedelta(hours=-6), "CST")


API_ZONE = _central()
"""The API's own zone (US Central): the offset its times carry, and the zone of a time sent without one."""

_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\Z"
)


def parse_time(value: object) -> datetime | None:
    """An API time as an aware datetime; None for null, the MySQL zero date or anything else.

    `2024-05-06T10:00:00-05:00` keeps its offset; `2024-05-06 10:00:00` and `2024-05-06` are
    read in US Central; an hour written with one digit (`T2:10:00`, seen on real accounts) is read.
    """
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=API_ZONE)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=API_ZONE)
    if not isinstance(value, str):
        return None
    match = _TIME.match(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    if year == "0000":
        return None
    zone: tzinfo = API_ZONE
    if offset == "Z":
        zone = UTC
    elif offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=zone,
        )
    except ValueError:
        return None


def digest(record: Mapping[str, Any]) -> str:
    """A short digest of a record's content (its JSON with sorted keys)."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def instant(moment: datetime) -> str:
    """A time as the cursor stores it: UTC, ISO 8601 (one spelling per instant, whatever the offset)."""
    return moment.astimezone(UTC).isoformat()


def _query_text(value: object) -> str:
    """A query value as httpx writes it (`true`/`false`, empty for None), so a walk's params read as a call's do."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


class IncompleteWalkError(ActiveCampaignError):
    """The cursor of a walk that has not read its last page (it failed, was interrupted, or is still going)."""


class UnstableCollectionError(ActiveCampaignError):
    """The collection kept gaining or losing records during every try of an offset walk."""


@dataclass(frozen=True)
class UpdateCursor:
    """Where the last completed walk of a collection ended; hand it to the next walk.

    `since` is the server's time when that walk began; `seen` the versions `(id, update time in
    UTC, digest)` it delivered within the overlap before `since`. `incremental` is False for a
    collection the API cannot be asked what changed: every walk exports it in full.
    Save it with `to_json()` and read it back with `UpdateCursor.from_json(...)`.
    """

    collection: str
    since: datetime | None = None
    seen: frozenset[tuple[str, str, str]] = field(default_factory=frozenset)
    incremental: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "version": CURSOR_VERSION,
            "collection": self.collection,
            "incremental": self.incremental,
            "since": None if self.since is None else instant(self.since),
            "seen": [list(version) for version in sorted(self.seen)],
        }

    @classmethod
    def from_json(cls, data: object) -> UpdateCursor:
        """The cursor `to_json()` wrote; InvalidInputError when `data` is not one."""
        if not isinstance(data, Mapping) or data.get("version") != CURSOR_VERSION:
            raise InvalidInputError(f"not an update cursor (version {CURSOR_VERSION}): {str(data)[:80]!r}")
        collection, since, seen = data.get("collection"), data.get("since"), data.get("seen", [])
        moment = parse_time(since) if isinstance(since, str) else None
        pairs = seen if isinstance(seen, list) else None
        valid = (
            isinstance(collection, str)
            and (since is None or moment is not None)
            and pairs is not None
            and all(isinstance(p, list) and len(p) == 3 and all(isinstance(x, str) for x in p) for p in pairs)
            and isinstance(data.get("incremental", True), bool)
        )
        if not valid or pairs is None or not isinstance(collection, str):
            raise InvalidInputError(f"a malformed update cursor: {str(data)[:80]!r}")
        versions = frozenset((p[0], p[1], p[2]) for p in pairs)
        return cls(collection, moment, versions, bool(data.get("incremental", True)))


@dataclass(frozen=True)
class ChangePage:
    """One answer of a walk: the records it delivers (new or changed), and the whole body (sideloads)."""

    records: list[dict[str, Any]]
    body: dict[str, Any]


class ChangeWalk:
    """The state of one walk: the next request, and which records of each answer are new."""

    def __init__(
        self,
        collection: str | Feed,
        cursor: UpdateCursor | None = None,
        *,
        page_size: int = MAX_PAGE_SIZE,
        overlap: timedelta = DEFAULT_OVERLAP,
        params: Mapping[str, str] | None = None,
        path_params: Mapping[str, str] | None = None,
        remember: bool = True,
    ) -> None:
        self.feed = collection if isinstance(collection, Feed) else feed(collection)
        if cursor is not None and not isinstance(cursor, UpdateCursor):
            raise InvalidInputError(f"cursor must be an UpdateCursor (UpdateCursor.from_json(...)), not {cursor!r}")
        if cursor is not None and cursor.collection != self.feed.name:
            raise InvalidInputError(f"the cursor is of {cursor.collection!r}, not {self.feed.name!r}")
        if not isinstance(overlap, timedelta) or overlap < timedelta(0):
            raise InvalidInputError(f"overlap must be a timedelta of zero or more, got {overlap!r}")
        self.limit = whole_number(page_size, "page_size", 1, MAX_PAGE_SIZE)
        self.overlap = overlap
        self.since = cursor.since if cursor is not None and self.feed.incremental else None
        self.floor = self.since - overlap if self.since is not None else None
        self.old_seen = cursor.seen if cursor is not None and self.since is not None else frozenset()
        self.path = self._path(path_params or {})
        self.params = self._params(params or {})
        self.requests = 0
        self.done = False
        self.started: datetime | None = None
        self.max_time: datetime | None = None
        self._offset = 0
        self._after_id: str | None = None
        self._total: int | None = None
        self._restarts = 0
        # Versions delivered by this walk: an offset walk that starts again, or a record that
        # shifted onto the next page, is not delivered twice. A keyset walk cannot repeat one.
        self._delivered: set[tuple[str, str, str]] | None = None if self.feed.keyset else set()
        self._fresh: set[tuple[str, str, str]] = set()
        # A one-off export keeps no cursor, and so holds nothing of the records it delivered.
        self.remember = remember

    @property
    def incremental(self) -> bool:
        """False when the collection has no update filter or sort: the walk is the whole collection."""
        return self.feed.incremental

    def _path(self, given: Mapping[str, str]) -> str:
        missing = [name for name in self.feed.path_params if not str(given.get(name, "")).strip()]
        unknown = sorted(set(given) - set(self.feed.path_params))
        if missing or unknown:
            raise InvalidInputError(
                f"{self.feed.name} takes the path parameters {list(self.feed.path_params)}; "
                f"missing {missing}, unknown {unknown}"
            )
        path = self.feed.path
        for name in self.feed.path_params:
            # The generated operations' own check: no blank, dot or slash segment, no None, bool or object.
            path = path.replace("{" + name + "}", path_segment(given[name], name, numeric=False))
        return path

    def _params(self, given: Mapping[str, str]) -> dict[str, str]:
        check_params(given)
        listed = sorted(str(name) for name, value in given.items() if isinstance(value, list | tuple))
        if listed:
            raise InvalidInputError(f"params of a walk take one value per parameter; {listed} hold a list")
        params = {str(k): _query_text(v) for k, v in given.items()}
        owned = {"limit", "offset", "id_greater", "orders[id]"}
        for name in (self.feed.filter, self.feed.order):
            if name:
                owned.add(name)
        clash = sorted(owned & set(params))
        if clash:
            raise InvalidInputError(f"the walk sets {clash} itself")
        params["limit"] = str(self.limit)
        if self.feed.keyset:
            params["orders[id]"] = "ASC"
        if self.feed.how == "ordered" and self.feed.order:
            params[self.feed.order] = "DESC"
        if self.feed.how == "filter" and self.feed.filter and self.floor is not None:
            params[self.feed.filter] = self._filter_value(self.floor)
        return params

    def _filter_value(self, floor: datetime) -> str:
        local = floor.astimezone(API_ZONE)
        if self.feed.filter_format == "date":
            # Typed a date in the spec; the API reads a date and time in its own zone as well.
            return local.strftime("%Y-%m-%d %H:%M:%S")
        return local.isoformat(timespec="seconds")

    def request(self) -> tuple[str, dict[str, str]]:
        """The path (relative to /api/3) and query of the next page."""
        if self.done:
            raise InvalidInputError("the walk is complete")
        params = dict(self.params)
        if self.feed.keyset:
            if self._after_id is not None:
                params["id_greater"] = self._after_id
        else:
            params["offset"] = str(self._offset)
        return self.path, params

    def take(self, body: object, date_header: str | None = None) -> ChangePage:
        """The records of an answer to `request()` that are new to the cursor; moves the walk on."""
        self.requests += 1
        if not isinstance(body, dict) or not isinstance(body.get(self.feed.items), list):
            raise ActiveCampaignError(f"{self.feed.path}: the answer holds no {self.feed.items!r} array")
        if self.started is None:
            self.started = _server_time(date_header)
        items = [item for item in body[self.feed.items] if isinstance(item, dict)]
        total = _total(body)
        if not self.feed.keyset and self._total is not None and total is not None and total != self._total:
            return self._restart(body)
        if self._total is None:
            self._total = total
        if self.feed.keyset and self._after_id is not None and items and not _after(items[0].get("id"), self._after_id):
            raise ActiveCampaignError(
                f"{self.feed.path}: asked for ids after {self._after_id}, the answer starts at {items[0].get('id')!r}"
                " (the server ignores id_greater or orders[id])"
            )
        delivered, older = self._new_records(items)
        count = len(body[self.feed.items])
        if self.feed.keyset:
            if items:
                self._after_id = str(items[-1].get("id"))
            self.done = count < self.limit or (total is not None and count >= total) or not items
        else:
            self._offset += count
            self.done = count < self.limit or (total is not None and self._offset >= total)
        if self.feed.how == "ordered" and older:
            self.done = True  # newest first: the rest is older than the window
        return ChangePage(delivered, body)

    def _restart(self, body: dict[str, Any]) -> ChangePage:
        self._restarts += 1
        if self._restarts > MAX_RESTARTS:
            raise UnstableCollectionError(
                f"{self.feed.path}: records were created or deleted during each of {MAX_RESTARTS + 1} walks"
            )
        self._offset, self._total = 0, None
        return ChangePage([], body)

    def _new_records(self, items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool]:
        """(the records to deliver, whether any was older than the window)."""
        delivered: list[dict[str, Any]] = []
        older = False
        attribute = self.feed.updated
        window = self.started - self.overlap if self.started is not None else None
        for record in items:
            moment = parse_time(record.get(attribute)) if attribute else None
            if moment is not None:
                if self.max_time is None or moment > self.max_time:
                    self.max_time = moment
                if self.floor is not None and moment < self.floor:
                    older = True
                    continue  # delivered by an earlier walk
            fresh = self.remember and moment is not None and self.incremental and (window is None or moment >= window)
            if self.old_seen or self._delivered is not None or fresh:
                # The version, only where it is looked up or kept: a digest costs a JSON dump.
                version = (str(record.get("id")), instant(moment) if moment is not None else "", digest(record))
                if version in self.old_seen:
                    continue
                if self._delivered is not None:
                    if version in self._delivered:
                        continue
                    self._delivered.add(version)
                if fresh:
                    self._fresh.add(version)
            delivered.append(record)
        return delivered, older

    @property
    def cursor(self) -> UpdateCursor:
        """The cursor for the next walk; IncompleteWalkError until the last page was read."""
        if not self.remember:
            raise InvalidInputError("this walk was asked with remember=False: it keeps no cursor")
        if not self.done:
            raise IncompleteWalkError(
                f"the walk of {self.feed.name} has not read its last page; the previous cursor still holds"
            )
        if not self.incremental:
            return UpdateCursor(self.feed.name, None, frozenset(), incremental=False)
        since = self.started or self.max_time or self.since
        if since is None:
            return UpdateCursor(self.feed.name)
        window = since - self.overlap
        kept = {v for v in (*self.old_seen, *self._fresh) if v[1] and (_time_of(v[1]) or window) >= window}
        return UpdateCursor(self.feed.name, since, frozenset(kept))


def _after(ident: object, previous: str) -> bool:
    """Whether id `ident` comes after `previous` in the API's id order (numeric where both are numbers)."""
    text = str(ident)
    if text.isdigit() and previous.isdigit():
        return int(text) > int(previous)
    return text > previous


def _time_of(stored: str) -> datetime | None:
    return parse_time(stored)


def _server_time(header: str | None) -> datetime | None:
    if not header:
        return None
    try:
        moment = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _total(body: dict[str, Any]) -> int | None:
    meta = body.get("meta")
    total = meta.get("total") if isinstance(meta, dict) else None
    if isinstance(total, bool):
        return None
    if isinstance(total, int):
        return total
    if isinstance(total, str) and total.strip().isdigit():
        return int(total)
    return None
