"""The JSON shapes the local ActiveCampaign answers with, modelled on the recorded cassettes.

Every id is a string and counters are strings of digits, as the real API sends them.

Times: the API writes `cdate`/`udate` in the account's time zone, US Central, as ISO 8601 with
the offset of that day (`2024-05-01T10:11:12-05:00` in summer, `-06:00` in winter), to the second.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

JsonObject = dict[str, Any]

CENTRAL_STANDARD = timezone(timedelta(hours=-6))
CENTRAL_DAYLIGHT = timezone(timedelta(hours=-5))


def _nth_sunday(year: int, month: int, nth: int) -> datetime:
    first = datetime(year, month, 1, tzinfo=UTC)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))


def central(moment: datetime) -> datetime:
    """`moment` in US Central time (the US rule since 2007, computed here so no tz database is needed):
    daylight time from the second Sunday of March, 2:00 standard (08:00 UTC), to the first Sunday
    of November, 2:00 daylight (07:00 UTC)."""
    utc = moment.astimezone(UTC)
    starts = _nth_sunday(utc.year, 3, 2) + timedelta(hours=8)
    ends = _nth_sunday(utc.year, 11, 1) + timedelta(hours=7)
    return utc.astimezone(CENTRAL_DAYLIGHT if starts <= utc < ends else CENTRAL_STANDARD)


Clock = Callable[[], datetime]
# The clocks in force on this thread, innermost last (an account pushes its own while its lock is held).
_clocks = threading.local()


@contextmanager
def clock_in_force(clock: Clock | None) -> Iterator[None]:
    """Stamps made on this thread inside the block read `clock` (None: the real time)."""
    stack: list[Clock | None] = _clocks.__dict__.setdefault("stack", [])
    stack.append(clock)
    try:
        yield
    finally:
        stack.pop()


def now() -> str:
    """The current time as the API writes `cdate`/`udate`: US Central, ISO 8601 with its offset, to the second."""
    stack: list[Clock | None] = _clocks.__dict__.get("stack", [])
    clock = stack[-1] if stack else None
    moment = clock() if clock is not None else datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("the account's clock must give aware datetimes (with a time zone)")
    return central(moment).isoformat(timespec="seconds")


def wall_clock(stamp: str) -> str:
    """The `*_utc_timestamp` the API sends beside a `cdate`/`udate` of `stamp`.

    Despite the name, in real answers `updated_utc_timestamp` (and `created_utc_timestamp`) shows
    the same wall-clock time as `udate` (`cdate`), without the offset: `udate` 2024-05-01T10:11:12-05:00
    comes with `updated_utc_timestamp` "2024-05-01 10:11:12", which is 15:11:12 UTC. Reproduced
    as the API does it, so that a client trusting the name as UTC fails here as it would there.
    """
    return stamp[:19].replace("T", " ")


@lru_cache(maxsize=4096)
def instant(stamp: str) -> datetime:
    """A stored `cdate`/`udate`/`mdate` as an aware datetime (cached: stamps repeat to the second)."""
    return datetime.fromisoformat(stamp)


def contact_record(base: str, contact_id: str, email: str, first: str, last: str, phone: str) -> JsonObject:
    stamp = now()
    local, _, domain = email.partition("@")
    links = {
        name: f"{base}/contacts/{contact_id}/{name}"
        for name in ("bounceLogs", "contactAutomations", "contactData", "contactLists", "contactTags", "fieldValues")
    }
    return {
        "id": contact_id,
        "email": email,
        "phone": phone,
        "firstName": first,
        "lastName": last,
        "orgid": "0",
        "segmentio_id": "",
        "bounced_hard": "0",
        "bounced_soft": "0",
        "bounced_date": "0000-00-00",
        "ip": "0",
        "ua": "",
        "hash": hashlib.md5(email.encode(), usedforsecurity=False).hexdigest(),
        "socialdata_lastcheck": "0000-00-00 00:00:00",
        "email_local": local,
        "email_domain": domain,
        "sentcnt": "0",
        "rating_tstamp": "0000-00-00",
        "gravatar": "1",
        "deleted": "0",
        "anonymized": "0",
        "cdate": stamp,
        "udate": stamp,
        "created_utc_timestamp": wall_clock(stamp),
        "updated_utc_timestamp": wall_clock(stamp),
        "deleted_at": "0000-00-00 00:00:00",
        "links": links,
        "organization": None,
    }


def tag_record(base: str, tag_id: str, name: str, tag_type: str, description: str) -> JsonObject:
    return {
        "id": tag_id,
        "tag": name,
        "tagType": tag_type,
        "description": description,
        "cdate": now(),
        "links": {"contactGoalTags": f"{base}/tags/{tag_id}/contactGoalTags"},
    }


def contact_tag_record(link_id: str, contact: str, tag: str) -> JsonObject:
    return {
        "id": link_id,
        "contact": contact,
        "tag": tag,
        "cdate": now(),
        "links": {"contact": f"/{link_id}/contact", "tag": f"/{link_id}/tag"},
    }


def list_record(base: str, list_id: str, fields: JsonObject) -> JsonObject:
    stamp = now()
    return {
        **{key: str(value) for key, value in fields.items()},
        "id": list_id,
        "cdate": stamp,
        "udate": stamp,
        "links": {"user": f"{base}/lists/{list_id}/user", "addressLists": f"{base}/lists/{list_id}/addressLists"},
    }


def contact_list_record(link_id: str, contact: str, list_id: str, status: str, sourceid: int) -> JsonObject:
    stamp = now()
    return {
        "id": link_id,
        "contact": contact,
        "list": list_id,
        "status": status,
        "sourceid": str(sourceid),
        "form": None,
        "seriesid": "0",
        "sdate": stamp,
        "udate": stamp,
        "links": {"contact": f"/{link_id}/contact", "list": f"/{link_id}/list"},
    }


def perstag_of(text: str) -> str:
    """The API's personalization tag for a title or a given perstag: upper case, spaces as underscores."""
    return "_".join(text.strip().strip("%").upper().split())


def field_record(base: str, field_id: str, attributes: JsonObject) -> JsonObject:
    stamp = now()
    title = str(attributes["title"])
    return {
        "id": field_id,
        "title": title,
        "descript": str(attributes.get("descript", "")),
        "type": str(attributes.get("type", "text")),
        "isrequired": str(attributes.get("isrequired", 0)),
        "perstag": perstag_of(str(attributes.get("perstag") or title)),
        "defval": str(attributes.get("defval", "")),
        "show_in_list": str(attributes.get("show_in_list", 0)),
        "rows": str(attributes.get("rows", 0)),
        "cols": str(attributes.get("cols", 0)),
        "visible": str(attributes.get("visible", 1)),
        "service": str(attributes.get("service", "")),
        "ordernum": str(attributes.get("ordernum", field_id)),
        "cdate": stamp,
        "udate": stamp,
        "options": [],
        "relations": [],
        "links": {
            "options": f"{base}/fields/{field_id}/options",
            "relations": f"{base}/fields/{field_id}/relations",
        },
    }


def field_rel_record(rel_id: str, field: str, relid: str) -> JsonObject:
    return {"id": rel_id, "field": field, "relid": relid, "dorder": "0", "cdate": now(), "links": []}


def field_value_record(base: str, value_id: str, contact: str, field: str, value: str) -> JsonObject:
    stamp = now()
    return {
        "id": value_id,
        "contact": contact,
        "field": field,
        "value": value,
        "cdate": stamp,
        "udate": stamp,
        "created_by": None,
        "updated_by": None,
        "owner": contact,
        "links": {"owner": f"{base}/fieldValues/{value_id}/owner", "field": f"{base}/fieldValues/{value_id}/field"},
    }


def written_field_value(stored: JsonObject) -> JsonObject:
    """A field value as a write echoes it: the ids as JSON numbers."""
    return {**stored, **{key: int(stored[key]) for key in ("contact", "field", "owner")}}


def pipeline_record(base: str, pipeline_id: str, title: str, currency: str) -> JsonObject:
    stamp = now()
    return {
        "id": pipeline_id,
        "title": title,
        "currency": currency,
        "allgroups": "1",
        "allusers": "1",
        "autoassign": "0",
        "cdate": stamp,
        "udate": stamp,
        "stages": [],
        "dealGroupUsers": [],
        "dealGroupGroups": [],
        "links": {"dealStages": f"{base}/dealGroups/{pipeline_id}/stages"},
    }


def stage_record(base: str, stage_id: str, title: str, pipeline: str, order: int) -> JsonObject:
    stamp = now()
    return {
        "id": stage_id,
        "title": title,
        "group": pipeline,
        "order": str(order),
        "dealOrder": "next-action DESC",
        "cardRegion1": "title",
        "cardRegion2": "next-action",
        "cardRegion3": "show-avatar",
        "cardRegion4": "contact-fullname-orgname",
        "cardRegion5": "value",
        "color": "32B0FC",
        "width": "280",
        "cdate": stamp,
        "udate": stamp,
        "links": {"group": f"{base}/dealStages/{stage_id}/group"},
    }


def deal_record(base: str, deal_id: str) -> JsonObject:
    stamp = now()
    links = {name: f"{base}/deals/{deal_id}/{name}" for name in ("dealActivities", "contact", "contactDeals", "group")}
    return {
        "id": deal_id,
        "hash": hashlib.md5(deal_id.encode(), usedforsecurity=False).hexdigest()[:8],
        "owner": "1",
        "contact": None,
        "organization": None,
        "account": None,
        "customerAccount": None,
        "group": None,
        "stage": None,
        "title": "",
        "description": "",
        "percent": "0",
        "cdate": stamp,
        "mdate": stamp,
        "nextdate": None,
        "nexttaskid": None,
        "nextTask": None,
        "nextdealid": None,
        "value": "0",
        "currency": "usd",
        "winProbability": None,
        "winProbabilityMdate": None,
        "status": "0",
        "activitycount": "0",
        "edate": None,
        "isDisabled": False,
        "fields": [],
        "links": links,
    }


def account_record(base: str, account_id: str, name: str) -> JsonObject:
    stamp = now()
    return {
        "id": account_id,
        "name": name,
        "accountUrl": None,
        "owner": "1",
        "contactCount": "0",
        "dealCount": "0",
        "createdTimestamp": stamp,
        "updatedTimestamp": stamp,
        "fields": [],
        "links": {"notes": f"{base}/accounts/{account_id}/notes"},
    }


def webhook_record(webhook_id: str, fields: JsonObject) -> JsonObject:
    return {
        "id": webhook_id,
        "cdate": now(),
        "listid": str(fields.get("listid", 0)),
        "name": str(fields["name"]),
        "url": str(fields["url"]),
        "events": [str(event) for event in fields["events"]],
        "sources": [str(source) for source in fields["sources"]],
        "links": [],
    }


def deal_task_record(task_id: str, tasktype: str, title: str) -> JsonObject:
    stamp = now()
    return {
        "id": task_id,
        "dealTasktype": tasktype,
        "title": title,
        "note": "",
        "relid": "1",
        "reltype": "Deal",
        "status": "0",
        "duration": "0",
        "user": "1",
        "owner": {"id": "1", "type": "deal"},
        "automation": None,
        "doneAutomation": None,
        "donedate": None,
        "cdate": stamp,
        "udate": stamp,
        "duedate": stamp,
        "edate": stamp,
        "links": {"dealTasktype": f"/api/3/dealTasks/{task_id}/dealTasktype"},
    }


def user_record(base: str, user_id: str) -> JsonObject:
    """The account's users: only the admin behind the token (id 1), who owns every deal made here."""
    return {
        "id": user_id,
        "username": "admin",
        "firstName": "Local",
        "lastName": "Admin",
        "email": "admin@example.com",
        "phone": "",
        "signature": None,
        "lang": "english",
        "localZoneid": "America/Chicago",
        "links": {"lists": f"{base}/users/{user_id}/lists", "userGroup": f"{base}/users/{user_id}/userGroup"},
    }
