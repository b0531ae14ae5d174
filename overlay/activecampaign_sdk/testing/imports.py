"""Bulk import: all-or-nothing validation, then batches that complete a while after they are queued."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from .records import JsonObject
from .store import EMAIL, ApiError, Reply, Request, Store, as_id

MAX_IMPORT_ROWS = 250
INVALID_IMPORT = (
    "JSON payload did not pass validation. Please fix failure Reasons and retry. "
    "The import was not queued for processing."
)


@dataclass
class ImportBatch:
    batch_id: str
    rows: list[JsonObject]
    due: float
    completed: bool = False
    success: list[str] = field(default_factory=list)
    failure: list[str] = field(default_factory=list)


def invalid_import(reasons: list[Any]) -> ApiError:
    return ApiError(400, {"success": 0, "message": INVALID_IMPORT, "failureReasons": reasons})


class ImportRoutes(Store):
    # Seconds between a batch being queued and its completion; set by Account.
    import_delay: float
    batches: dict[str, ImportBatch]
    # E-mail addresses an import accepts but then fails to process (reported by /import/info).
    import_failures: set[str]

    def bulk_import(self, request: Request) -> Reply:
        rows = request.body.get("contacts") if isinstance(request.body, dict) else None
        if not isinstance(rows, list) or not rows:
            raise invalid_import(["contacts is required"])
        if len(rows) > MAX_IMPORT_ROWS:
            raise invalid_import([f"At most {MAX_IMPORT_ROWS} contacts may be imported per request; got {len(rows)}."])
        reasons = [
            {"contact": index, "failureReason": problem}
            for index, row in enumerate(rows)
            if (problem := import_row_problem(row)) is not None
        ]
        if reasons:
            raise invalid_import(reasons)
        batch = ImportBatch(str(uuid.uuid4()), rows, time.monotonic() + self.import_delay)
        self.batches[batch.batch_id] = batch
        return 200, {
            "Success": 1,
            "queued_contacts": len(rows),
            "batchId": batch.batch_id,
            "message": "Contact import queued",
        }

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
            contact = self.store_contact(fields, self.contacts.get(existing_id) if existing_id else None)
            for name in row.get("tags") or ():
                self.link_tag(contact["id"], self.tag_named(str(name))["id"])
            for ref in row.get("subscribe") or ():
                if str(ref.get("listid")) in self.lists:
                    self.subscribe(contact["id"], str(ref["listid"]), "1")
            for ref in row.get("unsubscribe") or ():
                if str(ref.get("listid")) in self.lists:
                    self.subscribe(contact["id"], str(ref["listid"]), "2")
            for value in row.get("fields") or ():
                # Values of fields the account lacks are skipped: how the API reports them is not modelled.
                field_id = as_id(value.get("id"))
                if field_id in self.fields:
                    self.put_field_value(contact["id"], field_id, str(value.get("value", "")))
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
    if "tags" in row and not (isinstance(row["tags"], list) and all(isinstance(t, str) for t in row["tags"])):
        return "Field 'tags' must be a list of strings"
    for key in ("subscribe", "unsubscribe"):
        refs = row.get(key, [])
        if not isinstance(refs, list) or not all(isinstance(r, dict) and "listid" in r for r in refs):
            return f"Field '{key}' must be a list of {{listid}} objects"
    values = row.get("fields", [])
    if not isinstance(values, list) or not all(isinstance(v, dict) and "id" in v and "value" in v for v in values):
        return "Field 'fields' must be a list of {id, value} objects"
    return None
