"""The JSON shapes the stand-in answers with, modelled on the recorded cassettes.

Every id is a string and counters are strings of digits, as the real API sends them.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

JsonObject = dict[str, Any]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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


def field_record(field_id: str, relations: list[str]) -> JsonObject:
    return {
        "id": field_id,
        "title": f"Field {field_id}",
        "type": "text",
        "perstag": f"FIELD_{field_id}",
        "cdate": now(),
        "relations": relations,
        "links": {},
    }


def field_rel_record(rel_id: str, field: int | str, relid: int | str) -> JsonObject:
    return {"id": rel_id, "field": field, "relid": relid, "cdate": now(), "links": []}


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
