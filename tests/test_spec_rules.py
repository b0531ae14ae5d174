"""Structural rules of the bundled spec that linters do not check.

A schema with `required: [...]` must declare those names in its own
`properties`: tools such as openapi-typescript render an `allOf` part that
has `required` but no `properties` as an empty object type, so the required
members vanish from the generated types. And every operationId must be unique,
since it names the generated function.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from .spec import HTTP_METHODS, document


def _schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object reachable from `node` (a schema), with a readable location."""
    if not isinstance(node, dict):
        return
    yield where, node
    for key in ("allOf", "oneOf", "anyOf"):
        for i, part in enumerate(node.get(key, [])):
            yield from _schemas(part, f"{where}/{key}/{i}")
    for name, prop in (node.get("properties") or {}).items():
        yield from _schemas(prop, f"{where}/properties/{name}")
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            yield from _schemas(node[key], f"{where}/{key}")


def _content_schemas(container: dict[str, Any], where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for media, body in (container.get("content") or {}).items():
        if "schema" in body:
            yield from _schemas(body["schema"], f"{where}/content/{media}/schema")


def all_schemas(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    components = doc.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield from _schemas(schema, f"#/components/schemas/{name}")
    for name, param in components.get("parameters", {}).items():
        yield from _schemas(param.get("schema"), f"#/components/parameters/{name}/schema")
    for name, response in components.get("responses", {}).items():
        yield from _content_schemas(response, f"#/components/responses/{name}")
    for name, body in components.get("requestBodies", {}).items():
        yield from _content_schemas(body, f"#/components/requestBodies/{name}")
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"#/paths/{path}/{method}"
            for i, param in enumerate(op.get("parameters", []) + item.get("parameters", [])):
                yield from _schemas(param.get("schema"), f"{where}/parameters/{i}/schema")
            if "requestBody" in op:
                yield from _content_schemas(op["requestBody"], f"{where}/requestBody")
            for status, response in op.get("responses", {}).items():
                yield from _content_schemas(response, f"{where}/responses/{status}")


def required_without_properties(doc: dict[str, Any]) -> list[str]:
    problems = []
    for where, schema in all_schemas(doc):
        required = schema.get("required")
        if not isinstance(required, list):
            continue  # `required: true` of a parameter, or none at all
        declared = set(schema.get("properties") or {})
        missing = [name for name in required if name not in declared]
        if missing:
            problems.append(f"{where}: required {missing} not in its own properties")
    return problems


def duplicated_operation_ids(doc: dict[str, Any]) -> list[str]:
    ids = Counter(
        item[method]["operationId"]
        for item in doc.get("paths", {}).values()
        for method in HTTP_METHODS
        if method in item
    )
    return sorted(op_id for op_id, count in ids.items() if count > 1)


def test_required_names_are_declared_properties() -> None:
    assert required_without_properties(document()) == []


def test_operation_ids_are_unique() -> None:
    assert duplicated_operation_ids(document()) == []


def test_rules_catch_violations() -> None:
    doc = {
        "paths": {
            "/a": {"get": {"operationId": "same", "responses": {}}},
            "/b": {"post": {"operationId": "same", "responses": {}}},
        },
        "components": {
            "schemas": {
                "Widened": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {"type": "object", "required": ["id"]},
                    ]
                },
                "Fine": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            }
        },
    }
    assert required_without_properties(doc) == [
        "#/components/schemas/Widened/allOf/1: required ['id'] not in its own properties"
    ]
    assert duplicated_operation_ids(doc) == ["same"]
