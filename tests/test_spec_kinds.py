"""Invariants of the spec's kinds (issue 19): response attributes are typed by meaning, not by sample.

The kind components of `openapi/common.yaml` (`Id`, `Count`, `Money`, `Flag`, `DateTimeOrZero`,
`DateOrZero`) list the JSON forms of their kind; the wire-tolerance policy
(`generator/wire_policy.py`) says which forms each kind accepts and the one Python type it
becomes. These tests hold the bundled spec to that: the kind components accept what the policy
accepts, the old catch-all `StringOrInteger` is gone, and attributes whose name says what they
are (`id`, `meta.total`, `...date`) carry the kind their name says.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from functools import cache
from types import ModuleType
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from .spec import HTTP_METHODS, ROOT, document

KIND_PREFIX = "#/components/schemas/"
REMOVED = ("StringOrInteger", "NullableStringOrInteger", "FlexiblePageMeta")
DATE_KINDS = ("DateTimeOrZero", "DateOrZero")

# Attributes whose name ends in "date" but that stay text, each for a reason.
NOT_DATES = {
    # Ecommerce order dates are echoed as the store sent them; the reference's own example
    # carries `2019-09-06T2:10:00-05:00` (an unpadded hour), which no date-time parser reads.
    f"EcomOrder.{name}": "echoed as the store sent it"
    for name in (
        "createdDate",
        "updatedDate",
        "orderDate",
        "externalCreatedDate",
        "externalUpdatedDate",
        "abandonedDate",
    )
}


@cache
def _policy() -> ModuleType:
    """generator/wire_policy.py, which imports nothing of the package (it is copied into it as `wire`)."""
    spec = importlib.util.spec_from_file_location("_spec_kinds_wire_policy", ROOT / "generator" / "wire_policy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(KIND_PREFIX):
        return str(node["$ref"][len(KIND_PREFIX) :])
    return None


def response_properties(doc: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(owner, name, schema) of every object property reachable from a response, each component once.

    `owner` is the component the property is declared in (or the operation, for inline schemas).
    """
    schemas = doc.get("components", {}).get("schemas", {})
    seen: set[str] = set()

    def walk(node: Any, owner: str) -> Iterator[tuple[str, str, Any]]:
        if not isinstance(node, dict):
            return
        name = _ref_name(node)
        if name is not None:
            if name not in seen and name in schemas:
                seen.add(name)
                yield from walk(schemas[name], name)
            return
        for prop, schema in (node.get("properties") or {}).items():
            yield owner, prop, schema
            yield from walk(schema, owner)
        for key in ("items", "additionalProperties"):
            yield from walk(node.get(key), owner)
        for key in ("allOf", "oneOf", "anyOf"):
            for part in node.get(key) or []:
                yield from walk(part, owner)

    for item in doc.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            for response in operation.get("responses", {}).values():
                if "$ref" in response:
                    response = doc["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                for media in (response.get("content") or {}).values():
                    yield from walk(media.get("schema"), operation["operationId"])


def removed_components(doc: dict[str, Any]) -> list[str]:
    """Uses and definitions of the components the kinds replaced."""
    found = [name for name in REMOVED if name in doc.get("components", {}).get("schemas", {})]

    def refs(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            name = _ref_name(node)
            if name in REMOVED:
                yield name
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    return found + sorted(set(refs(doc)))


def misnamed_kinds(doc: dict[str, Any]) -> list[str]:
    """Response attributes whose name says their kind but whose schema is not that kind."""
    problems = []
    for owner, name, schema in response_properties(doc):
        kind = _ref_name(schema)
        where = f"{owner}.{name}"
        if name == "id" and kind != "Id":
            problems.append(f"{where}: an id, typed {kind or schema}")
        if name == "total" and owner.endswith("Meta") and kind != "Count":
            problems.append(f"{where}: a page total, typed {kind or schema}")
        if name == "meta" and kind == "PageMeta":
            total = doc["components"]["schemas"]["PageMeta"]["properties"]["total"]
            if _ref_name(total) != "Count":
                problems.append(f"{where}: PageMeta.total is not a Count")
        if name.lower().endswith("date") and kind not in DATE_KINDS and where not in NOT_DATES:
            problems.append(f"{where}: a date, typed {kind or schema}")
        array = doc["components"]["schemas"].get(kind or "") if kind else schema
        is_array = isinstance(array, dict) and array.get("type") == "array"
        if (
            is_array
            and str(array.get("description", "")).startswith("Ids of")
            and _ref_name(array.get("items")) != "Id"
        ):
            problems.append(f"{where}: ids, held as {array.get('items')}")
    return problems


def test_replaced_components_are_gone() -> None:
    assert removed_components(document()) == []


def test_attributes_carry_the_kind_their_name_says() -> None:
    assert misnamed_kinds(document()) == []


def test_every_meta_total_is_a_count() -> None:
    totals = [(owner, schema) for owner, name, schema in response_properties(document()) if name == "total"]
    meta_totals = [(owner, schema) for owner, schema in totals if owner.endswith("Meta")]
    assert meta_totals, "no page meta found: the walk is broken"
    assert [owner for owner, schema in meta_totals if _ref_name(schema) != "Count"] == []


def test_kind_components_name_their_kind_for_the_policy() -> None:
    policy = _policy()
    schemas = document()["components"]["schemas"]
    for component, kind in policy.KIND_SCHEMAS.items():
        assert component in schemas, f"{component} is used by the policy but not defined"
        assert policy.kind_of(schemas[component], component) == kind
        assert f"`{kind}`" in schemas[component]["description"], f"{component}'s description does not name its kind"


# Each kind component against a sample of every JSON form the policy accepts for its kind, and of
# forms it refuses. ("true"/"false" strings are accepted by the policy's flag but not listed by
# `Flag`: the API has not been seen sending them.)
FORMS: dict[str, tuple[list[Any], list[Any]]] = {
    "Id": (["42", 42, "primary-contact", None], [4.5, True, [], {}]),
    "Count": ([0, 7, "7", "-3", None], ["abc", "1.5", 1.5, True, "", []]),
    "Money": ([45600, "45600", 156.24, "156.24", 0, None], [True, [], {}]),
    "Flag": ([True, False, 0, 1, "0", "1", None], [2, "2", "yes", "", []]),
    "DateTimeOrZero": (
        ["2019-04-23T15:34:00-05:00", "2019-04-23 15:34:00", "0000-00-00 00:00:00", None],
        [0, True, "2019-04-23", "yesterday"],
    ),
    "DateOrZero": (["2019-04-23", "0000-00-00", None], [0, True, "2019-04-23 15:34:00", "yesterday"]),
}


@pytest.mark.parametrize("component", sorted(FORMS))
def test_kind_components_list_the_policys_forms(component: str) -> None:
    policy = _policy()
    schema = document()["components"]["schemas"][component]
    kind = policy.KIND_SCHEMAS[component]
    validator = OAS30Validator(schema, format_checker=oas30_format_checker)
    accepted, refused = FORMS[component]
    for value in accepted:
        assert policy.accepts(kind, value), f"the policy refuses {value!r} for {kind}"
        assert validator.is_valid(value), f"{component} refuses {value!r}"
    for value in refused:
        assert not validator.is_valid(value), f"{component} accepts {value!r}"


def test_request_inputs_accept_what_responses_hold() -> None:
    schemas = document()["components"]["schemas"]
    pairs = {"IdInput": "Id", "NumberInput": "Count", "MoneyInput": "Money", "FlagInput": "Flag"}
    for request, response in pairs.items():
        accepted = [value for value in FORMS[response][0] if value is not None]
        validator = OAS30Validator(schemas[request], format_checker=oas30_format_checker)
        assert [value for value in accepted if not validator.is_valid(value)] == [], request


def test_rules_catch_violations() -> None:
    doc = {
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": f"{KIND_PREFIX}ThingList"}}}}
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "StringOrInteger": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                "Count": {"oneOf": [{"type": "integer"}]},
                "ThingList": {
                    "type": "object",
                    "properties": {
                        "things": {"type": "array", "items": {"$ref": f"{KIND_PREFIX}Thing"}},
                        "meta": {"$ref": f"{KIND_PREFIX}ThingMeta"},
                    },
                },
                "ThingMeta": {"type": "object", "properties": {"total": {"type": "string"}}},
                "Thing": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "sdate": {"type": "string"},
                        "owner": {"$ref": f"{KIND_PREFIX}StringOrInteger"},
                        "tags": {"description": "Ids of the tags.", "type": "array", "items": {"type": "string"}},
                    },
                },
            }
        },
    }
    assert removed_components(doc) == ["StringOrInteger", "StringOrInteger"]
    assert misnamed_kinds(doc) == [
        "Thing.id: an id, typed {'type': 'string'}",
        "Thing.sdate: a date, typed {'type': 'string'}",
        "Thing.tags: ids, held as {'type': 'string'}",
        "ThingMeta.total: a page total, typed {'type': 'string'}",
    ]
