"""Contacts (with their custom field values), tags and tag links, lists and list memberships."""

from __future__ import annotations

from typing import Any

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

# `orders[...]` of GET /contacts and the attribute each sorts by.
CONTACT_ORDERS = {"id": "id", "cdate": "cdate", "email": "email", "first_name": "firstName", "last_name": "lastName"}


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
        selected = self.ordered_contacts()
        if "email" in query:
            selected = [c for c in selected if str(c["email"]).lower() == query["email"].lower()]
        if query.get("search"):
            text = query["search"].casefold()
            selected = [
                c for c in selected if any(text in str(c[k]).casefold() for k in ("email", "firstName", "lastName"))
            ]
        if query.get("tagid"):
            tagged = {link["contact"] for link in self.contact_tags.values() if link["tag"] == query["tagid"]}
            selected = [c for c in selected if c["id"] in tagged]
        if query.get("listid"):
            members = {c for (c, list_id), m in self.contact_lists.items() if list_id == query["listid"]}
            selected = [c for c in selected if c["id"] in members]
        for name, attribute in CONTACT_ORDERS.items():
            direction = query.get(f"orders[{name}]")
            if direction is not None:
                numeric = attribute == "id"
                selected = sorted(
                    selected,
                    key=lambda c: int(c[attribute]) if numeric else str(c[attribute]).casefold(),
                    reverse=direction.upper() == "DESC",
                )
        status, body = page(request, "contacts", selected, scoreValues=[])
        limit = min(whole_number(query, "limit", DEFAULT_PAGE) or DEFAULT_PAGE, MAX_PAGE)
        offset = whole_number(query, "offset", 0)
        body["meta"]["page_input"] = {"limit": limit, "offset": offset, "search": query.get("search"), "status": -1}
        return status, body

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
        return page(request, "tags", tags)

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
        return page(request, "lists", [m for m in self.lists.values() if text_matches(m["name"], test)])

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
