"""Contacts (with their custom field values), tags and tag links, lists and list memberships."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from .query import (
    bad_parameter,
    id_set,
    includes,
    number_key,
    one_of,
    orders,
    sort_records,
    text_key,
    time_key,
    time_tests,
    whole,
)
from .records import JsonObject, list_record
from .store import (
    DEFAULT_PAGE,
    EMAIL,
    MAX_PAGE,
    ApiError,
    Reply,
    Request,
    Store,
    as_id,
    not_found,
    page,
    text_filter,
    text_matches,
    unprocessable,
    whole_number,
    wrapped,
)

# `orders[...]` of GET /contacts and what each sorts by (ties: by id, the order the records are kept in).
# The spec (and the API's documentation) has no `orders[udate]`: it is refused, not guessed.
CONTACT_ORDERS: dict[str, Callable[[JsonObject], Any]] = {
    "id": number_key("id"),
    "cdate": time_key("cdate"),
    "email": text_key("email"),
    "first_name": text_key("firstName"),
    "last_name": text_key("lastName"),
    "name": lambda c: f"{c.get('firstName') or ''} {c.get('lastName') or ''}".strip().casefold(),
}
CONTACT_INCLUDES = (
    "contactLists",
    "contactLists.list",
    "contactTags",
    "contactTags.tag",
    "fieldValues",
    "deals",
    "organization",
)
TAG_ORDERS: dict[str, Callable[[JsonObject], Any]] = {"search": text_key("tag")}
LIST_ORDERS: dict[str, Callable[[JsonObject], Any]] = {"name": text_key("name"), "id": number_key("id")}
# What `search` looks in: the names, the phone and the email (contacts here have no organization).
SEARCHED = ("email", "firstName", "lastName", "phone")
# `status`: -1 any, 0 unconfirmed, 1 active, 2 unsubscribed, 3 bounced (a status on a list).
LIST_STATUSES = ("-1", "0", "1", "2", "3")
# The query parameters GET /contacts implements (each in the spec's listContacts).
CONTACT_LIST_PARAMETERS = frozenset(
    {"limit", "offset", "ids", "email", "email_like", "exclude", "id_greater", "id_less", "listid", "phone"}
    | {"organization", "search", "segmentid", "status", "tagid", "in_group_lists", "include"}
    | {f"filters[{kind}_{side}]" for kind in ("created", "updated") for side in ("before", "after")}
    | {f"orders[{name}]" for name in CONTACT_ORDERS}
)


def duplicate_email() -> ApiError:
    return unprocessable("Email address already exists in the system", "duplicate", "/data/attributes/email")


class ContactRoutes(Store):
    def _contact_fields(self, request: Request, *, require_email: bool) -> JsonObject:
        fields = wrapped(request, "contact")
        email = fields.get("email")
        if require_email and not isinstance(email, str):
            raise unprocessable("Email address is required", "field_missing", "/data/attributes/email")
        if email is not None and not (isinstance(email, str) and EMAIL.match(email)):
            raise unprocessable("Email address is not valid", "email_invalid", "/data/attributes/email")
        return fields

    def _write_contact(self, fields: JsonObject, existing: JsonObject | None) -> JsonObject:
        """Stores the contact and the custom field values the body carries; the API's answer to the write."""
        values = self.check_field_values(fields.get("fieldValues"), "/data/attributes/fieldValues")
        contact = self.store_contact(fields, existing)
        for field_id, value in values:
            self.put_field_value(contact["id"], field_id, value)
        return {"fieldValues": self.contact_field_values(contact["id"]), "contact": contact}

    def list_contacts(self, request: Request) -> Reply:
        query = request.query
        if "segmentid" in query:
            raise bad_parameter("segmentid", "the local ActiveCampaign has no segments")
        tests = self._contact_tests(query)
        order = orders(query, CONTACT_ORDERS)
        low = whole(query, "id_greater")
        high = whole(query, "id_less")
        start = 0 if low is None else bisect.bisect_right(self.contact_order, low)
        stop = len(self.contact_order) if high is None else bisect.bisect_left(self.contact_order, high)
        stop = max(start, stop)
        limit = min(whole_number(query, "limit", DEFAULT_PAGE) or DEFAULT_PAGE, MAX_PAGE)
        offset = whole_number(query, "offset", 0)
        by_id = not order or order[0][0] == "id"
        descending = bool(order) and order[0][1]
        if by_id and not tests:
            # Keyset paging (`id_greater` + `orders[id]=ASC`): a bisect and a slice, whatever the depth.
            total = stop - start
            if descending:
                end = max(start, stop - offset)
                window = self.contact_order[max(start, end - limit) : end][::-1]
            else:
                window = self.contact_order[start + offset : min(stop, start + offset + limit)]
            shown = [self.contacts[str(ident)] for ident in window]
        else:
            candidates = (self.contacts[str(ident)] for ident in self.contact_order[start:stop])
            matching = [contact for contact in candidates if all(test(contact) for test in tests)]
            total = len(matching)
            ranked = sort_records(matching, order, CONTACT_ORDERS)
            shown = ranked[offset : offset + limit]
        body: JsonObject = {"scoreValues": []}
        body["contacts"] = self._sideload(body, shown, includes(query, CONTACT_INCLUDES))
        body["meta"] = {
            "total": str(total),
            "page_input": {
                "segmentid": None,
                "formid": 0,
                "listid": int(query["listid"]) if query.get("listid", "").isdigit() else 0,
                "tagid": int(query["tagid"]) if query.get("tagid", "").isdigit() else 0,
                "limit": limit,
                "offset": offset,
                "search": query.get("search"),
                "sort": None,
                "seriesid": 0,
                "waitid": 0,
                "status": whole(query, "status") if "status" in query else -1,
                "forceQuery": 0,
                "cacheid": "",
            },
        }
        return 200, body

    def _contact_tests(self, query: dict[str, str]) -> list[Callable[[JsonObject], bool]]:
        """One test per filter given (all must pass); a 400 naming a filter whose value is not valid."""
        tests: list[Callable[[JsonObject], bool]] = []
        wanted_ids = id_set(query, "ids")
        if wanted_ids is not None:
            tests.append(lambda c: c["id"] in wanted_ids)
        if "exclude" in query:
            excluded = str(whole(query, "exclude"))
            tests.append(lambda c: c["id"] != excluded)
        if "email" in query:
            email = query["email"].casefold()
            tests.append(lambda c: str(c["email"] or "").casefold() == email)
        if query.get("email_like"):
            part = query["email_like"].casefold()
            tests.append(lambda c: part in str(c["email"] or "").casefold())
        if query.get("phone"):
            prefix = query["phone"]
            tests.append(lambda c: str(c["phone"] or "").startswith(prefix))
        if query.get("search"):
            text = query["search"].casefold()
            tests.append(lambda c: any(text in str(c[k] or "").casefold() for k in SEARCHED))
        if "organization" in query:
            org = str(whole(query, "organization"))
            tests.append(lambda c: str(c["orgid"]) == org)
        if "tagid" in query:
            tag = str(whole(query, "tagid"))
            tagged = {link["contact"] for link in self.contact_tags.values() if link["tag"] == tag}
            tests.append(lambda c: c["id"] in tagged)
        status = one_of(query, "status", LIST_STATUSES)
        list_id = str(whole(query, "listid")) if "listid" in query else None
        if list_id is not None or (status is not None and status != "-1"):
            # On the list (any list when no listid) with that status (any status for -1).
            members = {
                contact
                for (contact, on), membership in self.contact_lists.items()
                if (list_id is None or on == list_id) and status in (None, "-1", membership["status"])
            }
            tests.append(lambda c: c["id"] in members)
        one_of(query, "in_group_lists", ("true", "false"))  # the token's user is an admin: sees everyone
        tests.extend(time_tests(query, {"created": "cdate", "updated": "udate"}, after_inclusive=False))
        return tests

    def _sideload(self, body: JsonObject, contacts: list[JsonObject], wanted: set[str]) -> list[JsonObject]:
        """The page's contacts, each listing the ids of what `include` asked for, which goes beside them."""
        if not wanted:
            return contacts
        shown = [dict(contact) for contact in contacts]
        on_page = {contact["id"] for contact in shown}
        if "contactLists" in wanted:
            memberships = [m for (c, _), m in self.contact_lists.items() if c in on_page]
            for contact in shown:
                contact["contactLists"] = [m["id"] for m in memberships if m["contact"] == contact["id"]]
            body["contactLists"] = memberships
            if "contactLists.list" in wanted:
                list_ids = {m["list"] for m in memberships}
                body["lists"] = [m for list_id, m in self.lists.items() if list_id in list_ids]
        if "contactTags" in wanted:
            links = [link for link in self.contact_tags.values() if link["contact"] in on_page]
            for contact in shown:
                contact["contactTags"] = [link["id"] for link in links if link["contact"] == contact["id"]]
            body["contactTags"] = links
            if "contactTags.tag" in wanted:
                tag_ids = {link["tag"] for link in links}
                body["tags"] = [tag for tag_id, tag in self.tags.items() if tag_id in tag_ids]
        if "fieldValues" in wanted:
            values = [v for v in self.field_values.values() if v["contact"] in on_page]
            for contact in shown:
                contact["fieldValues"] = [v["id"] for v in values if v["contact"] == contact["id"]]
            body["fieldValues"] = values
        if "deals" in wanted:
            deals = [deal for deal in self.deals.values() if deal["contact"] in on_page]
            for contact in shown:
                contact["deals"] = [deal["id"] for deal in deals if deal["contact"] == contact["id"]]
            body["deals"] = deals
        if "organization" in wanted:
            # Contacts here belong to no (deprecated) organization: orgid "0".
            body["organization"] = []
        return shown

    def create_contact(self, request: Request) -> Reply:
        fields = self._contact_fields(request, require_email=True)
        if str(fields["email"]).lower() in self.by_email:
            raise duplicate_email()
        return 201, self._write_contact(fields, None)

    def get_contact(self, request: Request, contact_id: str) -> Reply:
        contact = self.contact(contact_id)
        lists = [m for (c, _), m in self.contact_lists.items() if c == contact_id]
        return 200, {"contactLists": lists, "fieldValues": self.contact_field_values(contact_id), "contact": contact}

    def update_contact(self, request: Request, contact_id: str) -> Reply:
        contact = self.contact(contact_id)
        fields = self._contact_fields(request, require_email=False)
        email = fields.get("email")
        if isinstance(email, str) and self.by_email.get(email.lower(), contact_id) != contact_id:
            raise duplicate_email()
        return 200, self._write_contact(fields, contact)

    def delete_contact(self, request: Request, contact_id: str) -> Reply:
        self.drop_contact(self.contact(contact_id)["id"])
        return 200, {}

    def sync_contact(self, request: Request) -> Reply:
        fields = self._contact_fields(request, require_email=True)
        existing_id = self.by_email.get(str(fields["email"]).lower())
        existing = self.contacts.get(existing_id) if existing_id else None
        return (200 if existing else 201), self._write_contact(fields, existing)

    def list_contact_field_values(self, request: Request, contact_id: str) -> Reply:
        self.contact(contact_id)
        return page(request, "fieldValues", self.contact_field_values(contact_id), default=100)

    def list_contact_tracking_logs(self, request: Request, contact_id: str) -> Reply:
        # Nobody opens or clicks here, so a contact's tracking log stays empty.
        self.contact(contact_id)
        return page(request, "trackingLogs", [])

    def list_contact_lists_of(self, request: Request, contact_id: str) -> Reply:
        self.contact(contact_id)
        memberships = [m for (c, _), m in self.contact_lists.items() if c == contact_id]
        return page(request, "contactLists", memberships, default=100)

    # Tags

    def list_tags(self, request: Request) -> Reply:
        test = text_filter(request.query, "search")
        search = request.query.get("search")
        tags = [
            t
            for t in self.tags.values()
            if text_matches(t["tag"], test) and (not search or search.casefold() in str(t["tag"]).casefold())
        ]
        return page(request, "tags", sort_records(tags, orders(request.query, TAG_ORDERS), TAG_ORDERS))

    def create_tag(self, request: Request) -> Reply:
        body = wrapped(request, "tag")
        if not isinstance(body.get("tag"), str) or not body["tag"].strip():
            raise unprocessable("Tag name is required", "field_missing", "/data/attributes/tag")
        return 201, {"tag": self.add_tag(body["tag"], str(body.get("tagType", "contact")), body.get("description", ""))}

    def _tag(self, tag_id: str) -> JsonObject:
        tag = self.tags.get(tag_id)
        if tag is None:
            raise not_found("Tag", tag_id)
        return tag

    def get_tag(self, request: Request, tag_id: str) -> Reply:
        return 200, {"tag": self._tag(tag_id)}

    def delete_tag(self, request: Request, tag_id: str) -> Reply:
        del self.tags[self._tag(tag_id)["id"]]
        for link_id in [k for k, link in self.contact_tags.items() if link["tag"] == tag_id]:
            del self.contact_tags[link_id]
        return 200, {}

    def create_contact_tag(self, request: Request) -> Reply:
        body = wrapped(request, "contactTag")
        contact, tag = as_id(body.get("contact")), as_id(body.get("tag"))
        self.contact(contact)
        self._tag(str(tag))
        return 201, {"contactTag": self.link_tag(str(contact), str(tag))}

    def get_contact_tag(self, request: Request, link_id: str) -> Reply:
        link = self.contact_tags.get(link_id)
        if link is None:
            raise not_found("ContactTag", link_id)
        return 200, {"contactTag": link}

    def list_contact_tags_of(self, request: Request, contact_id: str) -> Reply:
        self.contact(contact_id)
        links = [link for link in self.contact_tags.values() if link["contact"] == contact_id]
        return page(request, "contactTags", links, default=100)

    def delete_contact_tag(self, request: Request, link_id: str) -> Reply:
        if self.contact_tags.pop(link_id, None) is None:
            raise not_found("ContactTag", link_id)
        return 200, {}

    # Lists

    def list_lists(self, request: Request) -> Reply:
        test = text_filter(request.query, "name")
        wanted = id_set(request.query, "filters[id]")
        found = [
            m for m in self.lists.values() if text_matches(m["name"], test) and (wanted is None or m["id"] in wanted)
        ]
        return page(request, "lists", sort_records(found, orders(request.query, LIST_ORDERS), LIST_ORDERS))

    def create_list(self, request: Request) -> Reply:
        body = wrapped(request, "list")
        if not isinstance(body.get("name"), str) or not body["name"].strip():
            raise unprocessable("List name is required", "field_missing", "/data/attributes/name")
        for required in ("sender_url", "sender_reminder"):
            if not body.get(required):
                raise unprocessable(f"{required} is required", "field_missing", f"/data/attributes/{required}")
        return 201, {"list": self.add_list(body)}

    def add_list(self, fields: dict[str, Any]) -> JsonObject:
        list_id = self.next_id("lists")
        values = {"stringid": str(fields.get("name", "")).lower().replace(" ", "-"), **fields}
        mailing_list = self.lists[list_id] = list_record(self.base, list_id, values)
        return mailing_list

    def get_list(self, request: Request, list_id: str) -> Reply:
        mailing_list = self.lists.get(list_id)
        if mailing_list is None:
            raise not_found("List", list_id)
        return 200, {"list": mailing_list}

    def update_contact_list(self, request: Request) -> Reply:
        body = wrapped(request, "contactList")
        contact, list_id, status = as_id(body.get("contact")), as_id(body.get("list")), str(body.get("status"))
        if status not in ("1", "2"):
            raise unprocessable("Status is not valid", "invalid", "/data/attributes/status")
        contact_record_ = self.contact(contact)
        if list_id not in self.lists:
            raise not_found("List", body.get("list"))
        membership = self.subscribe(str(contact), list_id, status, int(body.get("sourceid", 0) or 0))
        return 200, {"contacts": [contact_record_], "contactList": membership}
