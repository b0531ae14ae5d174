"""What every route of the local account shares: the tables, ids, paging, filters and error answers.

The route modules (contacts, custom_fields, crm, imports, webhooks) hold the
handlers; the writes more than one of them needs (storing a contact, tagging,
subscribing, setting a field value) live here so each is done one way.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from .records import (
    Clock,
    JsonObject,
    clock_in_force,
    contact_list_record,
    contact_record,
    contact_tag_record,
    field_value_record,
    now,
    tag_record,
    wall_clock,
)

Reply = tuple[int, Any]
DEFAULT_PAGE = 20
MAX_PAGE = 100
EMAIL = re.compile(r"^[^@\s']+@[^@\s]+\.[A-Za-z]{2,}$")


class ApiError(Exception):
    """A handler's non-2xx answer."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def not_found(kind: str, ident: object) -> ApiError:
    return ApiError(404, {"message": f"No Result found for {kind} with id {ident}"})


def unprocessable(title: str, code: str, pointer: str) -> ApiError:
    error = {"title": title, "detail": "", "code": code, "source": {"pointer": pointer}}
    return ApiError(422, {"errors": [error]})


def missing(attribute: str) -> ApiError:
    return unprocessable(f"{attribute} is required", "field_missing", f"/data/attributes/{attribute}")


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any


def wrapped(request: Request, key: str) -> JsonObject:
    """The object a write body wraps under `key` (`{"contact": {...}}`), or a 400 naming it."""
    inner = request.body.get(key) if isinstance(request.body, dict) else None
    if not isinstance(inner, dict):
        raise ApiError(400, {"message": f"The request body must have a '{key}' object"})
    return inner


def whole_number(query: dict[str, str], name: str, default: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, {"message": f"{name} must be a whole number, got {raw!r}"}) from None
    if value < 0:
        raise ApiError(400, {"message": f"{name} must not be negative"})
    return value


def page(request: Request, key: str, items: list[Any], *, default: int = DEFAULT_PAGE, **extra: Any) -> Reply:
    """One page of `items` as the API lists: `limit` (at most 100) from `offset`, `meta.total` a string."""
    limit = min(whole_number(request.query, "limit", default) or default, MAX_PAGE)
    offset = whole_number(request.query, "offset", 0)
    return 200, {key: items[offset : offset + limit], **extra, "meta": {"total": str(len(items))}}


TEXT_OPERATORS = ("eq", "neq", "lt", "lte", "gt", "gte", "contains", "starts_with")


def text_filter(query: dict[str, str], name: str) -> tuple[str, str] | None:
    """`filters[name]` or `filters[name][op]` with op one of TEXT_OPERATORS: (operator, text)."""
    for operator in TEXT_OPERATORS:
        value = query.get(f"filters[{name}][{operator}]")
        if value is not None:
            return operator, value
    value = query.get(f"filters[{name}]")
    return None if value is None else ("eq", value)


def text_matches(text: object, test: tuple[str, str] | None) -> bool:
    """The API compares names case-insensitively."""
    if test is None:
        return True
    operator, wanted = test
    have, wanted = str(text).casefold(), wanted.casefold()
    if operator == "eq":
        return have == wanted
    if operator == "neq":
        return have != wanted
    if operator in ("lt", "lte", "gt", "gte"):
        return {"lt": have < wanted, "lte": have <= wanted, "gt": have > wanted, "gte": have >= wanted}[operator]
    if operator == "contains":
        return wanted in have
    return have.startswith(wanted)


def as_id(value: object) -> str | None:
    """An id as the API takes it (a number or a string of digits), as the string it stores."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value >= 0:
        return str(value)
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return str(int(value))
    return None


class AccountLock:
    """The account's lock (re-entrant). While it is held, every time stamp the account writes reads the
    account's `clock`, so a test can set the time the records carry (`server.account.clock = ...`)."""

    def __init__(self, store: Store) -> None:
        self._lock = threading.RLock()
        self._store = store
        self._clocks: list[AbstractContextManager[None]] = []

    def __enter__(self) -> AccountLock:
        self._lock.acquire()
        entered = clock_in_force(self._store.clock)
        entered.__enter__()
        self._clocks.append(entered)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._clocks.pop().__exit__(None, None, None)
        finally:
            self._lock.release()


class Store:
    """All the objects of one account; `lock` guards them (the routes hold it while they run)."""

    def __init__(self, base: str) -> None:
        self.base = base
        # What time it is for the records' cdate/udate (None: the real time); any aware datetime will do.
        self.clock: Clock | None = None
        self.lock = AccountLock(self)
        self.contacts: dict[str, JsonObject] = {}
        self.by_email: dict[str, str] = {}
        self.tags: dict[str, JsonObject] = {}
        self.contact_tags: dict[str, JsonObject] = {}
        self.lists: dict[str, JsonObject] = {}
        self.contact_lists: dict[tuple[str, str], JsonObject] = {}
        self.fields: dict[str, JsonObject] = {}
        self.field_rels: dict[str, JsonObject] = {}
        self.field_values: dict[str, JsonObject] = {}
        self.pipelines: dict[str, JsonObject] = {}
        self.stages: dict[str, JsonObject] = {}
        self.deals: dict[str, JsonObject] = {}
        self.deal_tasks: dict[str, JsonObject] = {}
        self.accounts: dict[str, JsonObject] = {}
        self.webhooks: dict[str, JsonObject] = {}
        self._next: dict[str, int] = {}
        # Contact ids (as numbers) in ascending order: keyset paging bisects it, so a page
        # costs the same at any depth. Ids only grow, so a create appends.
        self.contact_order: list[int] = []

    def next_id(self, table: str) -> str:
        self._next[table] = self._next.get(table, 0) + 1
        return str(self._next[table])

    # Contacts

    def contact(self, contact_id: object) -> JsonObject:
        found = self.contacts.get(str(contact_id))
        if found is None:
            raise not_found("Subscriber", contact_id)
        return found

    def store_contact(self, fields: JsonObject, existing: JsonObject | None = None) -> JsonObject:
        """Creates the contact (or changes `existing`) from API attributes: email, firstName, lastName, phone."""
        created = existing is None
        if existing is None:
            contact_id = self.next_id("contacts")
            email = str(fields["email"])
            existing = contact_record(self.base, contact_id, email, "", "", "")
            self.contacts[contact_id] = existing
            self.contact_order.append(int(contact_id))
            self.by_email[email.lower()] = contact_id
        for key in ("firstName", "lastName", "phone"):
            if isinstance(fields.get(key), str):
                existing[key] = fields[key]
        new_email = fields.get("email")
        if isinstance(new_email, str) and new_email.lower() != str(existing["email"]).lower():
            self.by_email.pop(str(existing["email"]).lower(), None)
            existing["email"] = new_email
            existing["email_local"], _, existing["email_domain"] = new_email.partition("@")
            existing["hash"] = hashlib.md5(new_email.encode(), usedforsecurity=False).hexdigest()
            self.by_email[new_email.lower()] = existing["id"]
        if not created:
            existing["udate"] = now()
            existing["updated_utc_timestamp"] = wall_clock(existing["udate"])
        return existing

    def drop_contact(self, contact_id: str) -> None:
        """Deletes the contact with what hangs off it: tag links, list memberships, field values."""
        contact = self.contacts.pop(contact_id)
        self.by_email.pop(str(contact["email"]).lower(), None)
        at = bisect.bisect_left(self.contact_order, int(contact_id))
        del self.contact_order[at]
        for link_id in [k for k, link in self.contact_tags.items() if link["contact"] == contact_id]:
            del self.contact_tags[link_id]
        for key in [k for k in self.contact_lists if k[0] == contact_id]:
            del self.contact_lists[key]
        for value_id in [k for k, v in self.field_values.items() if v["contact"] == contact_id]:
            del self.field_values[value_id]

    # Tags and lists

    def add_tag(self, name: str, tag_type: str = "contact", description: str = "") -> JsonObject:
        tag_id = self.next_id("tags")
        tag = self.tags[tag_id] = tag_record(self.base, tag_id, name, tag_type, description)
        return tag

    def tag_named(self, name: str) -> JsonObject:
        for tag in self.tags.values():
            if str(tag["tag"]).lower() == name.lower():
                return tag
        return self.add_tag(name)

    def link_tag(self, contact: str, tag: str) -> JsonObject:
        # Every POST makes a new link, as the API does: this is what makes a repeated create visible.
        link_id = self.next_id("contactTags")
        link = self.contact_tags[link_id] = contact_tag_record(link_id, contact, tag)
        return link

    def subscribe(self, contact: str, list_id: str, status: str, sourceid: int = 0) -> JsonObject:
        key = (contact, list_id)
        existing = self.contact_lists.get(key)
        link_id = existing["id"] if existing else self.next_id("contactLists")
        membership = self.contact_lists[key] = contact_list_record(link_id, contact, list_id, status, sourceid)
        if existing is not None:  # a status change: subscribed when first subscribed, updated now
            membership["sdate"] = existing["sdate"]
        return membership

    # Custom field values

    def field_value_of(self, contact: str, field_id: str) -> JsonObject | None:
        return next((v for v in self.field_values.values() if v["contact"] == contact and v["field"] == field_id), None)

    def put_field_value(self, contact: str, field_id: str, value: str) -> tuple[JsonObject, bool]:
        """Sets the contact's value of the field; (the value, whether it is new).

        A contact holds one value per field, so a second write changes the first.
        """
        held = self.field_value_of(contact, field_id)
        if held is not None:
            held["value"], held["udate"] = value, now()
            return held, False
        value_id = self.next_id("fieldValues")
        stored = self.field_values[value_id] = field_value_record(self.base, value_id, contact, field_id, value)
        return stored, True

    def contact_field_values(self, contact: str) -> list[JsonObject]:
        return [v for v in self.field_values.values() if v["contact"] == contact]

    def check_field_values(self, values: object, pointer: str) -> list[tuple[str, str]]:
        """(field id, value) pairs of a `fieldValues` array; 422 when a field does not exist."""
        if values is None:
            return []
        if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
            raise unprocessable("fieldValues must be a list of {field, value}", "invalid", pointer)
        pairs: list[tuple[str, str]] = []
        for item in values:
            field_id = as_id(item.get("field"))
            if field_id is None or field_id not in self.fields:
                raise unprocessable(f"Custom field {item.get('field')!r} does not exist", "field_invalid", pointer)
            pairs.append((field_id, "" if item.get("value") is None else str(item["value"])))
        return pairs


def ids_of(records: Iterable[JsonObject]) -> list[str]:
    return [str(record["id"]) for record in records]
