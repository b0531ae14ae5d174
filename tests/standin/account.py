"""The stand-in's account: contacts, tags, lists, field relations, deal tasks and import batches.

Each handler takes the parsed request and returns (status, JSON body); the
HTTP layer (server.py) adds authentication, rate limits and faults around it.
One lock guards the whole account, so concurrent clients see it change atomically.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .records import (
    JsonObject,
    contact_list_record,
    contact_record,
    contact_tag_record,
    deal_task_record,
    field_record,
    field_rel_record,
    list_record,
    tag_record,
)

Reply = tuple[int, Any]
MAX_PAGE = 100
MAX_IMPORT_ROWS = 250
MAX_IMPORT_BYTES = 400_000
EMAIL = re.compile(r"^[^@\s']+@[^@\s]+\.[A-Za-z]{2,}$")
INVALID_IMPORT = (
    "JSON payload did not pass validation. Please fix failure Reasons and retry. "
    "The import was not queued for processing."
)


class ApiError(Exception):
    """A handler's non-2xx answer."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def not_found(kind: str, ident: str) -> ApiError:
    return ApiError(404, {"message": f"No Result found for {kind} with id {ident}"})


def unprocessable(title: str, code: str, pointer: str) -> ApiError:
    error = {"title": title, "detail": "", "code": code, "source": {"pointer": pointer}}
    return ApiError(422, {"errors": [error]})


@dataclass
class ImportBatch:
    batch_id: str
    rows: list[JsonObject]
    due: float
    completed: bool = False
    success: list[str] = field(default_factory=list)
    failure: list[str] = field(default_factory=list)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any


class Account:
    """All the objects of one account; `lock` guards them."""

    def __init__(self, base: str, *, import_delay: float) -> None:
        self.base = base
        self.import_delay = import_delay
        self.lock = threading.RLock()
        self.contacts: dict[str, JsonObject] = {}
        self.by_email: dict[str, str] = {}
        # Contacts in id order for paging, rebuilt only after a create or delete.
        self._ordered: list[JsonObject] | None = None
        self.tags: dict[str, JsonObject] = {}
        self.contact_tags: dict[str, JsonObject] = {}
        self.lists: dict[str, JsonObject] = {}
        self.contact_lists: dict[tuple[str, str], JsonObject] = {}
        self.field_rels: dict[str, JsonObject] = {}
        self.deal_tasks: dict[str, JsonObject] = {}
        self.batches: dict[str, ImportBatch] = {}
        # E-mail addresses an import accepts but then fails to process (reported by /import/info).
        self.import_failures: set[str] = set()
        self._next: dict[str, int] = {}
        self.routes: list[tuple[str, re.Pattern[str], Callable[..., Reply]]] = [
            ("GET", re.compile(r"/contacts"), self.list_contacts),
            ("POST", re.compile(r"/contacts"), self.create_contact),
            ("GET", re.compile(r"/contacts/(\w+)"), self.get_contact),
            ("PUT", re.compile(r"/contacts/(\w+)"), self.update_contact),
            ("DELETE", re.compile(r"/contacts/(\w+)"), self.delete_contact),
            ("GET", re.compile(r"/contacts/(\w+)/contactTags"), self.list_contact_tags_of),
            ("POST", re.compile(r"/contact/sync"), self.sync_contact),
            ("GET", re.compile(r"/tags"), self.list_tags),
            ("POST", re.compile(r"/tags"), self.create_tag),
            ("GET", re.compile(r"/tags/(\w+)"), self.get_tag),
            ("POST", re.compile(r"/contactTags"), self.create_contact_tag),
            ("DELETE", re.compile(r"/contactTags/(\w+)"), self.delete_contact_tag),
            ("GET", re.compile(r"/lists"), self.list_lists),
            ("POST", re.compile(r"/lists"), self.create_list),
            ("POST", re.compile(r"/contactLists"), self.update_contact_list),
            ("GET", re.compile(r"/fields/(\w+)"), self.get_field),
            ("POST", re.compile(r"/fieldRels"), self.create_field_rel),
            ("DELETE", re.compile(r"/fieldRels/(\w+)"), self.delete_field_rel),
            ("PUT", re.compile(r"/dealTasktypes/(\w+)/dealTasks"), self.move_deal_tasks),
            ("POST", re.compile(r"/import/bulk_import"), self.bulk_import),
            ("GET", re.compile(r"/import/info"), self.import_info),
        ]

    def next_id(self, table: str) -> str:
        self._next[table] = self._next.get(table, 0) + 1
        return str(self._next[table])

    def dispatch(self, request: Request) -> Reply:
        allowed = False
        for method, pattern, handler in self.routes:
            match = pattern.fullmatch(request.path)
            if match is None:
                continue
            allowed = True
            if method == request.method:
                with self.lock:
                    self.complete_due_batches()
                    try:
                        return handler(request, *match.groups())
                    except ApiError as error:
                        return error.status, error.body
        if allowed:
            return 405, {"message": f"{request.method} is not allowed on {request.path}"}
        return 404, {"message": f"No route for {request.path} in the stand-in"}

    # Contacts

    def _contact(self, contact_id: str) -> JsonObject:
        contact = self.contacts.get(contact_id)
        if contact is None:
            raise not_found("Subscriber", contact_id)
        return contact

    def _fields(self, body: Any, *, require_email: bool) -> JsonObject:
        fields = body.get("contact") if isinstance(body, dict) else None
        if not isinstance(fields, dict):
            raise ApiError(400, {"message": "The request body must have a 'contact' object"})
        email = fields.get("email")
        if require_email and not isinstance(email, str):
            raise unprocessable("Email address is required", "field_missing", "/data/attributes/email")
        if email is not None and not (isinstance(email, str) and EMAIL.match(email)):
            raise unprocessable("Email address is not valid", "email_invalid", "/data/attributes/email")
        return fields

    def _store_contact(self, fields: JsonObject, existing: JsonObject | None = None) -> JsonObject:
        if existing is None:
            contact_id = self.next_id("contacts")
            email = str(fields["email"])
            existing = contact_record(self.base, contact_id, email, "", "", "")
            self.contacts[contact_id] = existing
            self._ordered = None
            self.by_email[email.lower()] = contact_id
        for key in ("firstName", "lastName", "phone"):
            if isinstance(fields.get(key), str):
                existing[key] = fields[key]
        new_email = fields.get("email")
        if isinstance(new_email, str) and new_email.lower() != str(existing["email"]).lower():
            self.by_email.pop(str(existing["email"]).lower(), None)
            existing["email"] = new_email
            self.by_email[new_email.lower()] = existing["id"]
        existing["udate"] = contact_record(self.base, "0", "x@y.z", "", "", "")["udate"]
        return existing

    def list_contacts(self, request: Request) -> Reply:
        limit = min(int(request.query.get("limit", 20)), MAX_PAGE)
        offset = int(request.query.get("offset", 0))
        if self._ordered is None:
            self._ordered = list(self.contacts.values())
        selected = self._ordered
        email = request.query.get("email")
        if email is not None:
            selected = [c for c in selected if str(c["email"]).lower() == email.lower()]
        page = selected[offset : offset + limit]
        page_input = {"limit": limit, "offset": offset, "search": None, "status": -1}
        return 200, {
            "scoreValues": [],
            "contacts": page,
            "meta": {"total": str(len(selected)), "page_input": page_input},
        }

    def create_contact(self, request: Request) -> Reply:
        fields = self._fields(request.body, require_email=True)
        if str(fields["email"]).lower() in self.by_email:
            raise unprocessable("Email address already exists in the system", "duplicate", "/data/attributes/email")
        return 201, {"fieldValues": [], "contact": self._store_contact(fields)}

    def get_contact(self, request: Request, contact_id: str) -> Reply:
        contact = self._contact(contact_id)
        lists = [m for (c, _), m in self.contact_lists.items() if c == contact_id]
        return 200, {"contactLists": lists, "fieldValues": [], "contact": contact}

    def update_contact(self, request: Request, contact_id: str) -> Reply:
        contact = self._contact(contact_id)
        fields = self._fields(request.body, require_email=False)
        email = fields.get("email")
        if isinstance(email, str) and self.by_email.get(email.lower(), contact_id) != contact_id:
            raise unprocessable("Email address already exists in the system", "duplicate", "/data/attributes/email")
        return 200, {"fieldValues": [], "contact": self._store_contact(fields, contact)}

    def delete_contact(self, request: Request, contact_id: str) -> Reply:
        contact = self.contacts.pop(self._contact(contact_id)["id"])
        self.by_email.pop(str(contact["email"]).lower(), None)
        self._ordered = None
        return 200, {}

    def sync_contact(self, request: Request) -> Reply:
        fields = self._fields(request.body, require_email=True)
        existing_id = self.by_email.get(str(fields["email"]).lower())
        existing = self.contacts.get(existing_id) if existing_id else None
        contact = self._store_contact(fields, existing)
        return (200 if existing else 201), {"fieldValues": [], "contact": contact}

    # Tags

    def list_tags(self, request: Request) -> Reply:
        search = request.query.get("search") or request.query.get("filters[search][eq]")
        tags = [t for t in self.tags.values() if search is None or str(t["tag"]).lower() == search.lower()]
        limit = min(int(request.query.get("limit", 20)), MAX_PAGE)
        offset = int(request.query.get("offset", 0))
        return 200, {"tags": tags[offset : offset + limit], "meta": {"total": str(len(tags))}}

    def create_tag(self, request: Request) -> Reply:
        body = request.body.get("tag") if isinstance(request.body, dict) else None
        if not isinstance(body, dict) or not isinstance(body.get("tag"), str):
            raise unprocessable("Tag name is required", "field_missing", "/data/attributes/tag")
        return 201, {"tag": self.add_tag(body["tag"], str(body.get("tagType", "contact")), body.get("description", ""))}

    def add_tag(self, name: str, tag_type: str = "contact", description: str = "") -> JsonObject:
        tag_id = self.next_id("tags")
        tag = self.tags[tag_id] = tag_record(self.base, tag_id, name, tag_type, description)
        return tag

    def tag_named(self, name: str) -> JsonObject:
        for tag in self.tags.values():
            if str(tag["tag"]).lower() == name.lower():
                return tag
        return self.add_tag(name)

    def get_tag(self, request: Request, tag_id: str) -> Reply:
        tag = self.tags.get(tag_id)
        if tag is None:
            raise not_found("Tag", tag_id)
        return 200, {"tag": tag}

    def create_contact_tag(self, request: Request) -> Reply:
        body = request.body.get("contactTag") if isinstance(request.body, dict) else None
        if not isinstance(body, dict):
            raise ApiError(400, {"message": "The request body must have a 'contactTag' object"})
        contact, tag = str(body.get("contact")), str(body.get("tag"))
        self._contact(contact)
        if tag not in self.tags:
            raise not_found("Tag", tag)
        return 201, {"contactTag": self.link_tag(contact, tag)}

    def link_tag(self, contact: str, tag: str) -> JsonObject:
        # Every POST makes a new link, as the API does: this is what makes a repeated create visible.
        link_id = self.next_id("contactTags")
        link = self.contact_tags[link_id] = contact_tag_record(link_id, contact, tag)
        return link

    def list_contact_tags_of(self, request: Request, contact_id: str) -> Reply:
        self._contact(contact_id)
        links = [link for link in self.contact_tags.values() if link["contact"] == contact_id]
        return 200, {"contactTags": links}

    def delete_contact_tag(self, request: Request, link_id: str) -> Reply:
        if self.contact_tags.pop(link_id, None) is None:
            raise not_found("ContactTag", link_id)
        return 200, {}

    # Lists

    def list_lists(self, request: Request) -> Reply:
        name = request.query.get("filters[name][eq]") or request.query.get("filters[name]")
        found = [m for m in self.lists.values() if name is None or m["name"] == name]
        return 200, {"lists": found[:MAX_PAGE], "meta": {"total": str(len(found))}}

    def create_list(self, request: Request) -> Reply:
        body = request.body.get("list") if isinstance(request.body, dict) else None
        if not isinstance(body, dict) or not isinstance(body.get("name"), str):
            raise unprocessable("List name is required", "field_missing", "/data/attributes/name")
        return 201, {"list": self.add_list(body)}

    def add_list(self, fields: JsonObject) -> JsonObject:
        list_id = self.next_id("lists")
        mailing_list = self.lists[list_id] = list_record(self.base, list_id, fields)
        return mailing_list

    def update_contact_list(self, request: Request) -> Reply:
        body = request.body.get("contactList") if isinstance(request.body, dict) else None
        if not isinstance(body, dict):
            raise ApiError(400, {"message": "The request body must have a 'contactList' object"})
        contact, list_id, status = str(body.get("contact")), str(body.get("list")), str(body.get("status"))
        if status not in ("1", "2"):
            raise unprocessable("Status is not valid", "invalid", "/data/attributes/status")
        contact_record_ = self._contact(contact)
        if list_id not in self.lists:
            raise not_found("List", list_id)
        membership = self.subscribe(contact, list_id, status, int(body.get("sourceid", 0) or 0))
        return 200, {"contacts": [contact_record_], "contactList": membership}

    def subscribe(self, contact: str, list_id: str, status: str, sourceid: int = 0) -> JsonObject:
        key = (contact, list_id)
        existing = self.contact_lists.get(key)
        link_id = existing["id"] if existing else self.next_id("contactLists")
        membership = self.contact_lists[key] = contact_list_record(link_id, contact, list_id, status, sourceid)
        return membership

    # Field relations and deal tasks

    def get_field(self, request: Request, field_id: str) -> Reply:
        # Every field id exists here; what matters to clients is the list of its relations.
        rels = [rel for rel in self.field_rels.values() if str(rel["field"]) == field_id]
        return 200, {"field": field_record(field_id, [rel["id"] for rel in rels]), "fieldRels": rels}

    def create_field_rel(self, request: Request) -> Reply:
        body = request.body.get("fieldRel") if isinstance(request.body, dict) else None
        if not isinstance(body, dict) or "field" not in body or "relid" not in body:
            raise unprocessable("field and relid are required", "field_missing", "/data/attributes/field")
        rel_id = self.next_id("fieldRels")
        rel = self.field_rels[rel_id] = field_rel_record(rel_id, body["field"], body["relid"])
        return 201, {"fieldRel": rel}

    def delete_field_rel(self, request: Request, rel_id: str) -> Reply:
        if self.field_rels.pop(rel_id, None) is None:
            raise not_found("FieldRel", rel_id)
        return 200, {}

    def add_deal_task(self, tasktype: str, title: str = "") -> JsonObject:
        task_id = self.next_id("dealTasks")
        task = self.deal_tasks[task_id] = deal_task_record(task_id, tasktype, title)
        return task

    def move_deal_tasks(self, request: Request, tasktype: str) -> Reply:
        body = request.body.get("dealTask") if isinstance(request.body, dict) else None
        target = body.get("dealTasktype") if isinstance(body, dict) else None
        if target is None:
            raise unprocessable("dealTasktype is required", "field_missing", "/data/attributes/dealTasktype")
        moved = [task for task in self.deal_tasks.values() if task["dealTasktype"] == tasktype]
        for task in moved:
            task["dealTasktype"] = str(target)
        return 200, {"dealTasks": moved}

    # Bulk import

    def bulk_import(self, request: Request) -> Reply:
        rows = request.body.get("contacts") if isinstance(request.body, dict) else None
        if not isinstance(rows, list) or not rows:
            raise ApiError(400, {"success": 0, "message": INVALID_IMPORT, "failureReasons": ["contacts is required"]})
        if len(rows) > MAX_IMPORT_ROWS:
            reason = f"At most {MAX_IMPORT_ROWS} contacts may be imported per request; got {len(rows)}."
            raise ApiError(400, {"success": 0, "message": INVALID_IMPORT, "failureReasons": [reason]})
        reasons = [
            {"contact": index, "failureReason": problem}
            for index, row in enumerate(rows)
            if (problem := import_row_problem(row)) is not None
        ]
        if reasons:
            raise ApiError(400, {"success": 0, "message": INVALID_IMPORT, "failureReasons": reasons})
        batch = ImportBatch(str(uuid.uuid4()), rows, time.monotonic() + self.import_delay)
        self.batches[batch.batch_id] = batch
        queued = {"Success": 1, "queued_contacts": len(rows), "batchId": batch.batch_id}
        return 200, {**queued, "message": "Contact import queued"}

    def import_info(self, request: Request) -> Reply:
        batch = self.batches.get(request.query.get("batchId", ""))
        if batch is None:
            raise ApiError(400, {"success": 0, "message": "batchId not found", "failureReasons": ["Unknown batchId"]})
        if not batch.completed:
            return 200, {"status": "waiting", "success": [], "failure": []}
        return 200, {"status": "completed", "success": batch.success, "failure": batch.failure}

    def complete_due_batches(self) -> None:
        """Batches finish in the background on the real API; here they finish when next looked at after `due`."""
        clock = time.monotonic()
        for batch in self.batches.values():
            if not batch.completed and batch.due <= clock:
                self._process(batch)

    def _process(self, batch: ImportBatch) -> None:
        for row in batch.rows:
            email = str(row["email"])
            if email.lower() in self.import_failures:
                batch.failure.append(email)
                continue
            fields = {"email": email, "firstName": row.get("first_name"), "lastName": row.get("last_name")}
            fields["phone"] = row.get("phone")
            existing_id = self.by_email.get(email.lower())
            contact = self._store_contact(fields, self.contacts.get(existing_id) if existing_id else None)
            for name in row.get("tags") or ():
                self.link_tag(contact["id"], self.tag_named(str(name))["id"])
            for ref in row.get("subscribe") or ():
                if str(ref.get("listid")) in self.lists:
                    self.subscribe(contact["id"], str(ref["listid"]), "1")
            for ref in row.get("unsubscribe") or ():
                if str(ref.get("listid")) in self.lists:
                    self.subscribe(contact["id"], str(ref["listid"]), "2")
            batch.success.append(contact["id"])
        batch.completed = True


def import_row_problem(row: Any) -> str | None:
    if not isinstance(row, dict):
        return "Contact must be an object"
    email = row.get("email")
    if not isinstance(email, str) or not email:
        return "Field 'email' is required"
    if not EMAIL.match(email):
        return "Field 'email' incorrect format"
    for key in ("tags",):
        if key in row and not (isinstance(row[key], list) and all(isinstance(t, str) for t in row[key])):
            return f"Field '{key}' must be a list of strings"
    for key in ("subscribe", "unsubscribe"):
        refs = row.get(key, [])
        if not isinstance(refs, list) or not all(isinstance(r, dict) and "listid" in r for r in refs):
            return f"Field '{key}' must be a list of {{listid}} objects"
    return None
