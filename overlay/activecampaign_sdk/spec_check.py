"""The spec checker: does one answer of the API agree with the bundled spec, under the wire-tolerance policy?

    from activecampaign_sdk.spec_check import check_answer, operation_id_for

    operation = operation_id_for("GET", "/contacts/12")            # "getContact"
    for disagreement in check_answer(operation, 200, body):
        print(disagreement.pointer, disagreement.problem, disagreement.expected, disagreement.observed)

Strict where the spec is strict: an attribute the schema does not list (when it lists its
attributes and allows no others), a required attribute that is absent, a JSON type the
wire-tolerance policy (`activecampaign_api.wire`) does not accept for the attribute's kind, an
enum value the spec does not list, a status the operation does not declare. `$ref`,
`allOf`, `oneOf`/`anyOf`, arrays, `additionalProperties` maps and `nullable` are followed.

A disagreement names where (a JSON pointer, array indices and map keys as `*`) and what (the
JSON form, e.g. ``"integer string"``, or a short enum token) but never the value itself: it can
be sent to the maintainers without sending anyone's emails, names or notes.

No I/O but reading the spec once (libyaml's CSafeLoader when available); each operation's
schemas are compiled the first time the operation is checked.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from activecampaign_api import wire

__all__ = ["Disagreement", "Spec", "check_answer", "default_spec", "load_document", "operation_id_for", "spec_version"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_TOKEN = re.compile(r"[A-Za-z0-9_.-]{1,40}\Z")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}\Z")


@dataclass(frozen=True)
class Disagreement:
    """One way an answer differs from the spec; no value of the answer is in it."""

    operation: str
    """The operationId."""
    pointer: str
    """A JSON pointer into the answer, array indices and map keys replaced by ``*`` (``""``: the whole body)."""
    problem: str
    """``unknown attribute``, ``missing attribute``, ``type``, ``enum`` or ``status``."""
    expected: str
    """What the spec allows, e.g. ``count (integer, integer string, integral number)`` or ``one of: ASC, DESC``."""
    observed: str
    """The JSON form seen (``integer string``, ``null``, ``absent``) or a short enum token; never a personal value."""

    def as_dict(self) -> dict[str, str]:
        return {
            "operation": self.operation,
            "pointer": self.pointer,
            "problem": self.problem,
            "expected": self.expected,
            "observed": self.observed,
        }


# A problem found by a node: (pointer, problem, expected, observed).
_Found = tuple[str, str, str, str]


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _attribute(pointer: str, key: str) -> str:
    """The pointer of an attribute the spec does not name: its key when it looks like a name, else ``*``."""
    return f"{pointer}/{_escape(key) if _KEY.match(key) else '*'}"


def _enum_observed(value: object) -> str:
    if isinstance(value, str) and _TOKEN.match(value):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and _TOKEN.match(str(value)):
        return str(value)
    return wire.json_form(value)


def _shape(value: object) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "scalar"


class _Node:
    """A compiled schema: `check` appends what does not fit to `found`."""

    expected = "anything"
    shape = "any"
    nullable = False

    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        raise NotImplementedError


class _AnyNode(_Node):
    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        return


class _ScalarNode(_Node):
    shape = "scalar"

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.expected = f"{kind} ({', '.join(sorted(wire.KINDS[kind].forms))})"

    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        if not wire.accepts(self.kind, value):
            found.append((pointer, "type", self.expected, wire.json_form(value)))


class _EnumNode(_Node):
    shape = "scalar"

    def __init__(self, values: list[Any]) -> None:
        self.values = values
        self.expected = "one of: " + ", ".join("null" if v is None else str(v) for v in values)

    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        if isinstance(value, dict | list):
            found.append((pointer, "type", self.expected, wire.json_form(value)))
        elif not wire.accepts_enum(self.values, value):
            found.append((pointer, "enum", self.expected, _enum_observed(value)))


class _ArrayNode(_Node):
    shape = "array"
    expected = "array"

    def __init__(self, nullable: bool) -> None:
        self.nullable = nullable
        self.items: _Node = _AnyNode()

    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        if not isinstance(value, list):
            if not (value is None and (attribute or self.nullable)):
                found.append((pointer, "type", self.expected, wire.json_form(value)))
            return
        items, inner = self.items, pointer + "/*"
        for item in value:
            items.check(item, inner, False, found)


class _ObjectNode(_Node):
    shape = "object"

    def __init__(self, name: str | None, nullable: bool) -> None:
        self.name = name
        self.nullable = nullable
        self.expected = "object"
        self.properties: dict[str, _Node] = {}
        self.required: tuple[str, ...] = ()
        # Required attributes of a kind (a direct `$ref` to its component): never null, as the SDK types them.
        self.present: frozenset[str] = frozenset()
        # None: no other attribute may appear; a node: each other attribute's value (a map).
        self.additional: _Node | None = _AnyNode()

    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        if not isinstance(value, dict):
            if not (value is None and (attribute or self.nullable)):
                found.append((pointer, "type", self.expected, wire.json_form(value)))
            return
        properties, additional = self.properties, self.additional
        for key, item in value.items():
            node = properties.get(key)
            if node is not None:
                if item is None and key in self.present:
                    found.append((f"{pointer}/{_escape(key)}", "type", node.expected, "null"))
                    continue
                node.check(item, f"{pointer}/{_escape(key)}", True, found)
            elif additional is None:
                where = f"no such attribute in {self.name}" if self.name else "no such attribute"
                found.append((_attribute(pointer, key), "unknown attribute", where, wire.json_form(item)))
            else:
                additional.check(item, pointer + "/*", True, found)
        for key in self.required:
            if key not in value:
                found.append((f"{pointer}/{_escape(key)}", "missing attribute", properties[key].expected, "absent"))


class _AllNode(_Node):
    """`allOf` whose parts are not all objects: each part must fit."""

    def __init__(self, parts: list[_Node]) -> None:
        self.parts = parts
        self.expected = " and ".join(dict.fromkeys(part.expected for part in parts))
        self.nullable = any(part.nullable for part in parts)

    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        for part in self.parts:
            part.check(value, pointer, attribute, found)


class _UnionNode(_Node):
    """`oneOf` / `anyOf`: a value fits when one alternative fits."""

    def __init__(self, alternatives: list[_Node], nullable: bool) -> None:
        self.alternatives = alternatives
        self.nullable = nullable or any(alt.nullable for alt in alternatives)
        self.expected = " or ".join(dict.fromkeys(alt.expected for alt in alternatives))

    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        if value is None and (attribute or self.nullable):
            return
        closest: list[_Found] | None = None
        shape = _shape(value)
        for alternative in self.alternatives:
            problems: list[_Found] = []
            alternative.check(value, pointer, attribute, problems)
            if not problems:
                return
            if alternative.shape == shape and shape != "scalar" and (closest is None or len(problems) < len(closest)):
                closest = problems
        if closest is not None:
            found.extend(closest)
        else:
            found.append((pointer, "type", self.expected, wire.json_form(value)))


class _Deferred(_Node):
    """A component being compiled (schemas may refer to themselves); resolved once it is done."""

    def __init__(self) -> None:
        self.target: _Node = _AnyNode()

    def check(self, value: object, pointer: str, attribute: bool, found: list[_Found]) -> None:
        self.target.check(value, pointer, attribute, found)


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    method: str
    path: str
    statuses: tuple[str, ...]
    operation: Mapping[str, Any]
    responses: Mapping[str, Any]


_STRUCTURE = ("type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "additionalProperties", "$ref")


class Spec:
    """A parsed OpenAPI document, compiled lazily: one operation's schemas the first time it is checked."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.version = str(document.get("info", {}).get("version", ""))
        self._components: Mapping[str, Any] = document.get("components", {})
        self._operations: dict[str, _Operation] = {}
        self._by_method: dict[str, list[tuple[tuple[str | None, ...], str]]] = {}
        for path, item in document.get("paths", {}).items():
            for method in _METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                opid = operation["operationId"]
                responses = {str(status): answer for status, answer in (operation.get("responses") or {}).items()}
                self._operations[opid] = _Operation(opid, method.upper(), path, tuple(responses), operation, responses)
                segments = tuple(None if seg.startswith("{") else seg for seg in path.strip("/").split("/"))
                self._by_method.setdefault(method.upper(), []).append((segments, opid))
        for templates in self._by_method.values():
            # Literal segments before parameters, left to right: `/users/me` wins over `/users/{id}`.
            templates.sort(key=lambda entry: tuple(seg is None for seg in entry[0]))
        self._named: dict[str, _Node] = {}
        self._answers: dict[tuple[str, str], _Node | None] = {}

    # --- operations -------------------------------------------------------------------------

    def operation_ids(self) -> list[str]:
        return list(self._operations)

    def operation(self, operation_id: str) -> Mapping[str, Any]:
        """The operation object of the spec (KeyError when the spec has no such operation)."""
        return self._operations[operation_id].operation

    def method_and_path(self, operation_id: str) -> tuple[str, str]:
        found = self._operations[operation_id]
        return found.method, found.path

    def operation_id_for(self, method: str, path: str) -> str | None:
        """The operationId of a concrete request path (relative to /api/3, e.g. ``/contacts/12``), or None."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith("/api/3/"):
            path = path[len("/api/3") :]
        segments = path.removeprefix("/").split("/")
        for template, opid in self._by_method.get(method.upper(), []):
            if len(template) == len(segments) and all(
                (seg != "" if want is None else seg == want) for want, seg in zip(template, segments, strict=True)
            ):
                return opid
        return None

    # --- checking ---------------------------------------------------------------------------

    def check_answer(self, operation_id: str, status: int, body: object) -> list[Disagreement]:
        """What in this answer (status and parsed JSON body) the spec does not allow; [] when it agrees."""
        try:
            operation = self._operations[operation_id]
        except KeyError:
            raise KeyError(f"the spec has no operation {operation_id!r}") from None
        declared = self._declared(operation, status)
        if declared is None:
            expected = "one of: " + ", ".join(operation.statuses)
            return [Disagreement(operation_id, "", "status", expected, str(status))]
        node = self._answer(operation, declared)
        if node is None:
            return []
        found: list[_Found] = []
        node.check(body, "", False, found)
        return [Disagreement(operation_id, *problem) for problem in dict.fromkeys(found)]

    @staticmethod
    def _declared(operation: _Operation, status: int) -> str | None:
        text = str(status)
        if text in operation.statuses:
            return text
        wildcard = f"{text[0]}XX"
        for candidate in (wildcard, wildcard.lower(), "default"):
            if candidate in operation.statuses:
                return candidate
        return None

    def _answer(self, operation: _Operation, status: str) -> _Node | None:
        key = (operation.operation_id, status)
        if key not in self._answers:
            response = self._resolve(operation.responses[status])
            content = response.get("content") or {}
            media = next((content[name] for name in content if "json" in name), None)
            schema = None if media is None else media.get("schema")
            self._answers[key] = None if schema is None else self._compile(schema)
        return self._answers[key]

    def resolve(self, thing: Mapping[str, Any]) -> Mapping[str, Any]:
        """`thing`, or what its `$ref` (and theirs) lead to."""
        return self._resolve(thing)

    def _resolve(self, thing: Mapping[str, Any]) -> Mapping[str, Any]:
        seen = 0
        while "$ref" in thing:
            thing = self._target(thing["$ref"])
            seen += 1
            if seen > 50:
                raise ValueError("a $ref cycle in the spec")
        return thing

    def _target(self, ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, not {ref!r}")
        found: Any = self.document
        for part in ref[2:].split("/"):
            found = found[part.replace("~1", "/").replace("~0", "~")]
        return dict(found) if isinstance(found, Mapping) else {}

    # --- compiling --------------------------------------------------------------------------

    def _compile(self, schema: Mapping[str, Any], name: str | None = None) -> _Node:
        if "$ref" in schema:
            return self._named_node(schema["$ref"])
        if "allOf" in schema:
            return self._all_of(schema, name)
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                alternatives = [self._compile(alt) for alt in schema[combinator]]
                return _UnionNode(alternatives, bool(schema.get("nullable")))
        return self._plain(schema, name)

    def _named_node(self, ref: str) -> _Node:
        if ref in self._named:
            return self._named[ref]
        name = ref.rsplit("/", 1)[-1]
        schema = self._target(ref)
        if name in wire.KIND_SCHEMAS:
            kind = wire.kind_of(schema, name)
            assert kind is not None
            node: _Node = _ScalarNode(kind)
            self._named[ref] = node
            return node
        deferred = _Deferred()
        self._named[ref] = deferred
        node = self._compile(schema, name)
        deferred.target = node
        deferred.shape, deferred.expected, deferred.nullable = node.shape, node.expected, node.nullable
        self._named[ref] = node
        return node

    def _plain(self, schema: Mapping[str, Any], name: str | None) -> _Node:
        nullable = bool(schema.get("nullable"))
        if "enum" in schema:
            return _EnumNode(list(schema["enum"]))
        kind = schema.get("type")
        if kind == "array":
            array = _ArrayNode(nullable)
            if "items" in schema:
                array.items = self._compile(schema["items"])
            return array
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            return self._object(schema, name, nullable)
        scalar = wire.kind_of(schema)
        return _AnyNode() if scalar is None else _ScalarNode(scalar)

    def _object(self, schema: Mapping[str, Any], name: str | None, nullable: bool) -> _ObjectNode:
        node = _ObjectNode(name, nullable)
        properties = schema.get("properties") or {}
        node.properties = {key: self._compile(value) for key, value in properties.items()}
        node.required = tuple(key for key in schema.get("required", ()) if key in node.properties)
        node.present = frozenset(
            key for key in node.required if str(properties[key].get("$ref", "")).rsplit("/", 1)[-1] in wire.KIND_SCHEMAS
        )
        # Required attributes with no schema of their own may hold anything.
        for key in schema.get("required", ()):
            if key not in node.properties:
                node.properties[key] = _AnyNode()
                node.required += (key,)
        additional = schema.get("additionalProperties")
        if isinstance(additional, Mapping):
            node.additional = self._compile(additional)
        elif additional is True or (additional is None and not properties):
            node.additional = _AnyNode()
        else:
            node.additional = None
        return node

    def _all_of(self, schema: Mapping[str, Any], name: str | None) -> _Node:
        parts = [part for part in schema["allOf"] if any(key in part for key in _STRUCTURE)]
        nullable = bool(schema.get("nullable"))
        shaped = any(key in schema for key in ("type", "properties", "items", "enum", "additionalProperties"))
        if len(parts) == 1 and "$ref" in parts[0] and not shaped:
            # `allOf: [$ref]` beside a description, or `nullable`: the component itself (or null).
            node = self._compile(parts[0])
            return _UnionNode([node], nullable=True) if nullable and not node.nullable else node
        merged = self._merge(schema, set())
        if merged is not None:
            merged["nullable"] = nullable or merged.get("nullable", False)
            return self._plain(merged, name)
        return _AllNode([self._compile(part) for part in parts])

    def _merge(self, schema: Mapping[str, Any], seen: set[str]) -> dict[str, Any] | None:
        """An `allOf` of objects as one object schema (attributes of every part), or None when a part is not one."""
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        allows: list[Any] = []
        listed = False
        own = {key: value for key, value in schema.items() if key != "allOf"}
        for part in [*schema.get("allOf", ()), own]:
            if "$ref" in part:
                ref = part["$ref"]
                if ref in seen or ref.rsplit("/", 1)[-1] in wire.KIND_SCHEMAS:
                    return None
                part = {**self._target(ref), **{k: v for k, v in part.items() if k != "$ref"}}
                seen = seen | {ref}
            if "allOf" in part:
                inner = self._merge(part, seen)
                if inner is None:
                    return None
                part = inner
            if any(key in part for key in ("oneOf", "anyOf", "enum", "items")):
                return None
            if part.get("type", "object") != "object":
                return None
            properties = part.get("properties") or {}
            listed = listed or bool(properties)
            for key, value in properties.items():
                if key in merged["properties"]:
                    merged["properties"][key] = {"allOf": [merged["properties"][key], value]}
                else:
                    merged["properties"][key] = value
            merged["required"] += [key for key in part.get("required", ()) if key not in merged["required"]]
            if "additionalProperties" in part:
                allows.append(part["additionalProperties"])
            if part.get("nullable"):
                merged["nullable"] = True
        if any(isinstance(allow, Mapping) or allow is True for allow in allows) or not listed:
            merged["additionalProperties"] = next(
                (allow for allow in allows if isinstance(allow, Mapping) or allow is True), True
            )
        return merged


def _bundled_spec() -> bytes:
    """`activecampaign_api/openapi.yaml` in an installed wheel; the repository's bundle in a checkout."""
    packaged = importlib.resources.files("activecampaign_api") / "openapi.yaml"
    if packaged.is_file():
        return packaged.read_bytes()
    import activecampaign_api

    root = Path(activecampaign_api.__file__).resolve().parents[2]
    return (root / "openapi" / "activecampaign.yaml").read_bytes()


def load_document(source: Path | bytes) -> dict[str, Any]:
    """Parse an OpenAPI document (a file, or its bytes) with libyaml's CSafeLoader when it is available."""
    try:
        import yaml
    except ImportError as missing:
        raise ImportError(
            "the spec checker reads the bundled spec with PyYAML: pip install 'activecampaign-sdk[cli]'"
        ) from missing

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(source.read_bytes() if isinstance(source, Path) else source, Loader=loader)
    if not isinstance(document, dict):
        raise ValueError("not an OpenAPI document")
    return document


@cache
def default_spec() -> Spec:
    """The spec bundled with the package, read once."""
    return Spec(load_document(_bundled_spec()))


def check_answer(operation_id: str, status: int, body: object) -> list[Disagreement]:
    """What in one answer of `operation_id` (its status and parsed JSON body) the bundled spec does not allow."""
    return default_spec().check_answer(operation_id, status, body)


def operation_id_for(method: str, path: str) -> str | None:
    """The operationId of a request, its path relative to /api/3 (``"/contacts/12"`` -> ``"getContact"``)."""
    return default_spec().operation_id_for(method, path)


def spec_version() -> str:
    """`info.version` of the bundled spec."""
    return default_spec().version
