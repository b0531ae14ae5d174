"""Custom contact fields (`/fields`), their availability on lists (`/fieldRels`) and the values contacts hold."""

from __future__ import annotations

from typing import Any

from .records import JsonObject, field_record, field_rel_record, now, perstag_of, written_field_value
from .store import (
    Reply,
    Request,
    Store,
    as_id,
    missing,
    not_found,
    page,
    unprocessable,
    wrapped,
)

FIELD_TYPES = frozenset(
    {"text", "textarea", "date", "datetime", "number", "dropdown", "listbox", "radio", "checkbox", "hidden"}
)
# GET /fields pages by 100 unless told otherwise (the only list that does).
FIELD_PAGE = 100


class CustomFieldRoutes(Store):
    def add_field(self, title: str, *, perstag: str | None = None, type: str = "text", **attributes: Any) -> JsonObject:
        """A new custom contact field; its perstag defaults to the title in upper case, as the API makes it."""
        field_id = self.next_id("fields")
        values = {**attributes, "title": title, "type": type, "perstag": perstag}
        made = self.fields[field_id] = field_record(self.base, field_id, values)
        return made

    def _field(self, field_id: str) -> JsonObject:
        found = self.fields.get(field_id)
        if found is None:
            raise not_found("Field", field_id)
        return found

    def _rels_of(self, field_id: str) -> list[JsonObject]:
        return [rel for rel in self.field_rels.values() if rel["field"] == field_id]

    def _field_answer(self, field_id: str) -> JsonObject:
        rels = self._rels_of(field_id)
        found = self._field(field_id)
        found["relations"] = [rel["id"] for rel in rels]
        return {"field": found, "fieldOptions": [], "fieldRels": rels}

    def _check_attributes(self, body: JsonObject, *, creating: bool) -> None:
        if creating and not (isinstance(body.get("title"), str) and body["title"].strip()):
            raise missing("title")
        if (creating or "type" in body) and body.get("type") not in FIELD_TYPES:
            raise unprocessable(
                f"type must be one of {', '.join(sorted(FIELD_TYPES))}", "invalid", "/data/attributes/type"
            )
        perstag = body.get("perstag") or (body.get("title") if creating else None)
        if perstag is not None:
            wanted = perstag_of(str(perstag))
            if any(f["perstag"] == wanted for f in self.fields.values() if f["id"] != body.get("id")):
                raise unprocessable("Personalization tag already exists", "duplicate", "/data/attributes/perstag")

    def list_fields(self, request: Request) -> Reply:
        fields = list(self.fields.values())
        perstag = request.query.get("filters[perstag]")
        if perstag is not None:
            fields = [f for f in fields if f["perstag"] == perstag_of(perstag)]
        status, body = page(request, "fields", fields, default=FIELD_PAGE)
        shown = {f["id"] for f in body["fields"]}
        body["fieldRels"] = [rel for rel in self.field_rels.values() if rel["field"] in shown]
        body["fieldOptions"] = []
        return status, body

    def create_field(self, request: Request) -> Reply:
        body = wrapped(request, "field")
        self._check_attributes(body, creating=True)
        attributes = {key: value for key, value in body.items() if key not in ("title", "type", "perstag")}
        made = self.add_field(body["title"], perstag=body.get("perstag"), type=body["type"], **attributes)
        return 201, {"field": made}

    def get_field(self, request: Request, field_id: str) -> Reply:
        return 200, self._field_answer(field_id)

    def update_field(self, request: Request, field_id: str) -> Reply:
        current = self._field(field_id)
        body = wrapped(request, "field")
        self._check_attributes({**body, "id": field_id}, creating=False)
        for key, value in body.items():
            if key in current and key not in ("id", "cdate", "links", "options", "relations"):
                current[key] = perstag_of(str(value)) if key == "perstag" else str(value)
        current["udate"] = now()
        return 200, self._field_answer(field_id)

    def delete_field(self, request: Request, field_id: str) -> Reply:
        del self.fields[self._field(field_id)["id"]]
        for table in (self.field_rels, self.field_values):
            for key in [k for k, record in table.items() if record["field"] == field_id]:
                del table[key]
        return 200, {}

    # Relations

    def create_field_rel(self, request: Request) -> Reply:
        body = wrapped(request, "fieldRel")
        field_id, list_id = as_id(body.get("field")), as_id(body.get("relid"))
        if field_id is None or list_id is None:
            raise unprocessable("field and relid are required", "field_missing", "/data/attributes/field")
        self._field(field_id)
        if list_id != "0" and list_id not in self.lists:
            raise not_found("List", list_id)
        rel_id = self.next_id("fieldRels")
        rel = self.field_rels[rel_id] = field_rel_record(rel_id, field_id, list_id)
        return 201, {"fieldRel": rel}

    def get_field_rel(self, request: Request, rel_id: str) -> Reply:
        rel = self.field_rels.get(rel_id)
        if rel is None:
            raise not_found("FieldRel", rel_id)
        return 200, {"fieldRel": rel}

    def delete_field_rel(self, request: Request, rel_id: str) -> Reply:
        if self.field_rels.pop(rel_id, None) is None:
            raise not_found("FieldRel", rel_id)
        return 200, {}

    # Values

    def _value(self, value_id: str) -> JsonObject:
        found = self.field_values.get(value_id)
        if found is None:
            raise not_found("FieldValue", value_id)
        return found

    def _value_body(self, request: Request) -> tuple[str, str, str]:
        body = wrapped(request, "fieldValue")
        for attribute in ("contact", "field", "value"):
            if body.get(attribute) is None:
                raise missing(attribute)
        contact, field_id = as_id(body["contact"]), as_id(body["field"])
        self.contact(contact)
        if field_id is None or field_id not in self.fields:
            raise not_found("Field", body["field"])
        return str(contact), field_id, str(body["value"])

    def list_field_values(self, request: Request) -> Reply:
        wanted_field = request.query.get("filters[fieldid]")
        wanted_value = request.query.get("filters[val]")
        values = [
            v
            for v in self.field_values.values()
            if (wanted_field is None or v["field"] == wanted_field)
            and (wanted_value is None or v["value"] == wanted_value)
        ]
        return page(request, "fieldValues", values)

    def create_field_value(self, request: Request) -> Reply:
        contact, field_id, value = self._value_body(request)
        stored, created = self.put_field_value(contact, field_id, value)
        answer = {"contacts": [self.contact(contact)], "fieldValue": written_field_value(stored)}
        return (201 if created else 200), answer

    def get_field_value(self, request: Request, value_id: str) -> Reply:
        return 200, {"fieldValue": self._value(value_id)}

    def update_field_value(self, request: Request, value_id: str) -> Reply:
        held = self._value(value_id)
        contact, field_id, value = self._value_body(request)
        if (contact, field_id) != (held["contact"], held["field"]):
            raise unprocessable("A field value keeps its contact and field", "invalid", "/data/attributes/field")
        stored, _ = self.put_field_value(contact, field_id, value)
        return 200, {"contacts": [self.contact(contact)], "fieldValue": written_field_value(stored)}

    def delete_field_value(self, request: Request, value_id: str) -> Reply:
        del self.field_values[self._value(value_id)["id"]]
        return 200, {}
