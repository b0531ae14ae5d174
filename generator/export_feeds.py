"""Write `overlay/activecampaign_sdk/feed_table.py`: every exportable list operation, derived from the spec.

    python generator/export_feeds.py [--check]

A list operation is a GET that takes `limit` and `offset` and answers an object with `meta`
and a required array (the records, as the generated models' `page_items()` decides). For each
one it records how "what changed since" can be asked (see `activecampaign_sdk.feeds`):

- the update time of a record is the first of `UPDATE_ATTRIBUTES` its schema has. `udate` comes
  first: it carries the account's offset (`2024-05-06T10:00:00-05:00`). Contacts also have
  `updated_utc_timestamp`, which on real accounts shows the same wall-clock time as `udate`
  with no offset, so it is not UTC and is never used.
- an update filter is a query parameter named in `FILTERS`; an update-ordered sort is
  `orders[<the update attribute>]`.
- keyset paging needs `id_greater` and `orders[id]`.

`--check` exits 1 when the committed table differs from what the spec says.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "openapi" / "activecampaign.yaml"
TABLE = ROOT / "overlay" / "activecampaign_sdk" / "feed_table.py"

# The record attributes that hold a record's last change, the truest first.
UPDATE_ATTRIBUTES = ("udate", "mdate", "updatedTimestamp", "updated_timestamp", "tstamp")
# Query parameters that keep only records changed after a time.
FILTERS = ("filters[updated_after]", "filters[updatedTimestamp][gt]", "after")

Document = dict[str, Any]


def _resolve(document: Document, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = document["components"][section][name]
    return node


def _snake(text: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", text).lower()


def feed_name(path: str) -> str:
    """`/contactTags` -> `contact_tags`; `/customObjects/records/{schemaId}` -> `custom_objects_records`."""
    parts = [part for part in path.strip("/").split("/") if not part.startswith("{")]
    return "_".join(_snake(part) for part in parts)


def _parameters(document: Document, item: Document, operation: Document) -> list[Document]:
    return [_resolve(document, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]


def _items_key(document: Document, operation: Document) -> str | None:
    answer = _resolve(document, operation.get("responses", {}).get("200"))
    schema = _resolve(document, (answer or {}).get("content", {}).get("application/json", {}).get("schema"))
    if not isinstance(schema, dict) or "meta" not in schema.get("properties", {}):
        return None
    for name in schema.get("required", []):
        if _resolve(document, schema["properties"].get(name, {})).get("type") == "array":
            return str(name)
    return None


def _record_properties(document: Document, operation: Document, items: str) -> dict[str, Any]:
    answer = _resolve(document, operation["responses"]["200"])
    schema = _resolve(document, answer["content"]["application/json"]["schema"])
    record = _resolve(document, _resolve(document, schema["properties"][items]).get("items", {}))
    properties: dict[str, Any] = record.get("properties", {}) if isinstance(record, dict) else {}
    return properties


def derive(document: Document) -> list[dict[str, Any]]:
    """The feeds of the spec, as the keyword arguments of `Feed`, in the spec's order."""
    found: list[dict[str, Any]] = []
    for path, item in document.get("paths", {}).items():
        operation = item.get("get")
        if not isinstance(operation, dict):
            continue
        parameters = _parameters(document, item, operation)
        query = {p["name"]: p for p in parameters if p.get("in") == "query"}
        if "limit" not in query or "offset" not in query:
            continue
        items = _items_key(document, operation)
        if items is None:
            continue
        properties = _record_properties(document, operation, items)
        updated = next((name for name in UPDATE_ATTRIBUTES if name in properties), None)
        feed: dict[str, Any] = {
            "name": feed_name(path),
            "operation_id": operation["operationId"],
            "path": path,
            "items": items,
            "summary": str(operation.get("summary", "")).strip().rstrip("."),
        }
        update_filter = next((name for name in FILTERS if name in query), None)
        order = f"orders[{updated}]" if updated and f"orders[{updated}]" in query else None
        if updated and update_filter:
            schema = _resolve(document, query[update_filter].get("schema", {}))
            fmt = "date" if schema.get("format") == "date" else "date-time"
            feed.update(how="filter", updated=updated, filter=update_filter, filter_format=fmt)
        elif updated and order:
            feed.update(how="ordered", updated=updated, order=order)
        else:
            feed.update(how="full")
        if "id_greater" in query and "orders[id]" in query:
            feed["keyset"] = True
        path_params = tuple(p["name"] for p in parameters if p.get("in") == "path")
        if path_params:
            feed["path_params"] = path_params
        found.append(feed)
    names = [feed["name"] for feed in found]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise RuntimeError(f"two list operations would share a name: {duplicates}")
    return found


def render(feeds: list[dict[str, Any]]) -> str:
    lines = [
        '"""Every exportable list operation of the spec. Generated by generator/export_feeds.py; do not edit."""',
        "",
        "from .feeds import Feed",
        "",
        "FEEDS: tuple[Feed, ...] = (",
    ]
    for feed in feeds:
        arguments = ", ".join(f"{key}={value!r}" for key, value in feed.items())
        lines.append(f"    Feed({arguments}),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def formatted(source: str) -> str:
    """The table as `ruff format` (the pinned one) writes it, so the committed file is lint-clean."""
    import subprocess

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--stdin-filename",
            str(TABLE),
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def expected_table() -> str:
    document = yaml.load(BUNDLE.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return formatted(render(derive(document)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed table is stale")
    arguments = parser.parse_args()
    table = expected_table()
    if arguments.check:
        if not TABLE.exists() or TABLE.read_text() != table:
            sys.exit(f"{TABLE.relative_to(ROOT)} is stale: run python generator/export_feeds.py")
        return
    TABLE.write_text(table)


if __name__ == "__main__":
    main()
