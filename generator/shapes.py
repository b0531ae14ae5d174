"""The shape of every response model: which models are decoded from the API's answers, and the one
Python type of each of their attributes under the wire-tolerance policy (`wire_policy.py`).

openapi-python-client parses the spec and names the models; this module decides their attribute
types, because the generator's own types follow the JSON Schema literally (`int | str` for a
number the API sends either way, `X | Unset | None` everywhere) where the policy gives one type
per kind. The templates (`templates/model.py.jinja`, `templates/endpoint_module.py.jinja`) read
the result through the `shapes` global that generate.py installs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    LiteralEnumProperty,
    ModelProperty,
    Property,
)
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from wire_policy import KIND_SCHEMAS, KINDS, kind_of

Schema = dict[str, Any]
# A property as openapi-python-client hands it over: its own annotations widen the concrete
# classes to a protocol, so they are told apart here by isinstance, not by type.
Prop = Any
_SCALAR_KINDS = {
    BooleanProperty: "flag",
    IntProperty: "count",
    FloatProperty: "number",
    DateTimeProperty: "datetime",
    DateProperty: "date",
    StringProperty: "text",
}
# When a union of scalars is collapsed into one type, the kind that can hold every alternative wins.
# A value sent in several JSON types is read as the first kind here among its forms: text keeps any
# form whole; a boolean among the forms makes a flag (true/false beside 1/0), never a count.
_COLLAPSE_ORDER = ("datetime", "date", "text", "number", "flag", "count")


@dataclass(frozen=True)
class Field:
    python_name: str
    wire_name: str
    annotation: str
    required: bool
    description: str | None


@dataclass(frozen=True)
class Parser:
    """How one documented 2xx answer (a status or a range of them) of an operation is parsed."""

    first: int
    last: int
    source: str
    """"json" (decoded into `annotation`), "bytes", "text" or "none"."""
    annotation: str


@dataclass(frozen=True)
class RouteFacts:
    operation_id: str
    method: str
    path: str
    server: str | None
    idempotent: bool
    comma_separated: tuple[str, ...]
    success: tuple[int, ...]


_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_SOURCES = {"response.json()": "json", "response.content": "bytes", "response.text": "text", "None": "none"}


class Shapes:
    def __init__(self, data: GeneratorData, document: Schema) -> None:
        self._document = document
        self._models = {model.class_info.name: model for model in data.models}
        self.response_models: set[str] = set()
        self.request_models: set[str] = set()
        self._sending = False  # annotating a request-side constructor: each kind's `sent` types
        self._referenced: set[tuple[str, str]] = set()
        self._paths: dict[str, str] = {}
        for collection in data.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                for response in endpoint.responses.patterns:
                    self._mark(response.prop)
        for collection in data.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                for body in endpoint.bodies:
                    self._mark_sent(body.prop)

    def _mark_sent(self, prop: Prop) -> None:
        """The models a request body can hold (some of them are response models too)."""
        if isinstance(prop, ModelProperty):
            name = prop.class_info.name
            if name in self.request_models:
                return
            self.request_models.add(name)
            model = self._models[name]
            for inner in _properties(model):
                self._mark_sent(inner)
            if isinstance(model.additional_properties, Property):
                self._mark_sent(model.additional_properties)
        elif isinstance(prop, ListProperty):
            self._mark_sent(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties or []:
                self._mark_sent(inner)

    def _mark(self, prop: Prop) -> None:
        if isinstance(prop, ModelProperty):
            name = prop.class_info.name
            if name in self.response_models:
                return
            self.response_models.add(name)
            model = self._models[name]
            for inner in _properties(model):
                self._mark(inner)
            if isinstance(model.additional_properties, Property):
                self._mark(model.additional_properties)
        elif isinstance(prop, ListProperty):
            self._mark(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for inner in prop.inner_properties:
                self._mark(inner)

    # -- what the templates ask ------------------------------------------------------------

    def is_response_model(self, model: ModelProperty) -> bool:
        return model.class_info.name in self.response_models

    def is_sent(self, model: ModelProperty) -> bool:
        """A response model that request bodies hold too: it gets a constructor typed for sending."""
        return model.class_info.name in self.request_models

    def sent_fields(self, model: ModelProperty) -> list[Field]:
        """`fields(model)` typed by what a request may give (an id as digits or a number, ...)."""
        self._sending = True
        try:
            return self.fields(model)
        finally:
            self._sending = False

    def is_map(self, model: ModelProperty) -> bool:
        """A model with no properties of its own: a JSON object keyed by arbitrary names."""
        return not (model.required_properties or model.optional_properties)

    def map_annotation(self, model: ModelProperty) -> str:
        values = model.additional_properties
        if not isinstance(values, Property):
            return "dict[str, Any]"
        schema = self._raw(model.data).get("additionalProperties")
        return f"dict[str, {self._annotation(values, schema if isinstance(schema, dict) else None)}]"

    def fields(self, model: ModelProperty) -> list[Field]:
        raw = self._raw(model.data)
        properties = raw.get("properties", {})
        required = set(raw.get("required", []))
        found = []
        for prop in _properties(model):
            schema = properties.get(prop.name)
            annotation = self._annotation(prop, schema)
            is_required = prop.name in required and not self._nullable(prop, schema)
            if not is_required:
                annotation = f"{annotation} | None"
            found.append(Field(prop.python_name, prop.name, annotation, is_required, prop.description))
        # Required attributes first: a reader sees what is always there.
        return sorted(found, key=lambda field: not field.required)

    def imports(self, model: ModelProperty) -> list[str]:
        """The import lines of the models and enums that `model`'s attribute types name."""
        self._referenced = set()
        self.fields(model)
        own = model.class_info.name
        return sorted(f"from .{module} import {name}" for module, name in self._referenced if name != own)

    def _spec_path(self, path: str) -> str:
        """The spec's own path template for the generator's (which renames path parameters to snake_case)."""
        if not self._paths:
            self._paths = {re.sub(r"\{[^}]+\}", "{}", spec_path): spec_path for spec_path in self._document["paths"]}
        return self._paths[re.sub(r"\{[^}]+\}", "{}", path)]

    def response_annotation(self, prop: Prop, method: str, path: str, status: int) -> str:
        operation = self._document["paths"][path][method.lower()]
        content = operation["responses"][str(status)].get("content", {})
        schema = content.get("application/json", {}).get("schema")
        return self._annotation(prop, schema)

    # -- operations ---

    def _operation_facts(self, endpoint: Any) -> tuple[list[Parser], RouteFacts]:
        method = str(endpoint.method).upper()
        path = self._spec_path(endpoint.path.get_untrusted_value())
        item = self._document["paths"][path]
        operation = item[method.lower()]
        parsers = []
        for response in endpoint.responses.patterns:
            first, last = response.status_code.range
            if not (first >= 200 and last <= 299):
                continue
            source = _SOURCES[response.source["attribute"]]
            annotation = {"json": "", "bytes": "bytes", "text": "str", "none": "None"}[source]
            if source == "json":
                annotation = self.response_annotation(response.prop, method, path, first)
            parsers.append(Parser(first, last, source, annotation))
        shared = self._document.get("components", {}).get("parameters", {})
        comma: list[str] = []
        for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
            if "$ref" in parameter:
                parameter = shared[parameter["$ref"].rsplit("/", 1)[-1]]
            is_array = parameter.get("schema", {}).get("type") == "array"
            if parameter.get("in") == "query" and parameter.get("explode") is False and is_array:
                comma.append(parameter["name"])
        servers = operation.get("servers")
        success = tuple(sorted({code for parser in parsers for code in range(parser.first, parser.last + 1)}))
        facts = RouteFacts(
            operation_id=operation["operationId"],
            method=method,
            path=path,
            server=servers[0]["url"].rstrip("/") if servers else None,
            idempotent=method in _IDEMPOTENT_METHODS or operation.get("x-idempotent") is True,
            comma_separated=tuple(sorted(comma)),
            success=success,
        )
        return parsers, facts

    def parsers(self, endpoint: Any) -> list[Parser]:
        return self._operation_facts(endpoint)[0]

    def route(self, endpoint: Any) -> RouteFacts:
        return self._operation_facts(endpoint)[1]

    def returns(self, endpoint: Any) -> str:
        """The return annotation of an operation: its documented 2xx bodies' types."""
        found: list[str] = []
        for parser in self.parsers(endpoint):
            if parser.annotation not in found:
                found.append(parser.annotation)
        return " | ".join(sorted(found)) or "None"

    # -- the policy ------------------------------------------------------------------------

    def _annotation(self, prop: Prop, schema: Schema | None) -> str:
        ref, resolved = self._resolve(schema)
        if ref in KIND_SCHEMAS:
            return self._kind_type(KIND_SCHEMAS[ref])
        if isinstance(prop, ModelProperty):
            model = self._models[prop.class_info.name]
            if self.is_map(model):
                return self.map_annotation(model)
            self._referenced.add((prop.class_info.module_name, prop.class_info.name))
            return prop.class_info.name
        if isinstance(prop, ListProperty):
            return f"list[{self._annotation(prop.inner_property, resolved.get('items'))}]"
        if isinstance(prop, UnionProperty):
            return self._union(prop, resolved)
        if isinstance(prop, LiteralEnumProperty):
            self._referenced.add((prop.class_info.module_name, prop.class_info.name))
            return prop.class_info.name
        if isinstance(prop, AnyProperty):
            return "Any"
        if isinstance(prop, ConstProperty):
            return str(prop.get_type_string(no_optional=True))
        kind = kind_of(resolved) if resolved else None
        kind = kind or _SCALAR_KINDS.get(type(prop))
        if kind is None:
            raise TypeError(f"no wire policy for {type(prop).__name__} {prop.name!r}")
        return self._kind_type(kind)

    def _union(self, prop: Prop, schema: Schema) -> str:
        alternatives = [inner for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]
        schemas = [s for s in schema.get("oneOf", schema.get("anyOf")) or [] if not self._is_null(s)]
        if len(schemas) != len(alternatives):
            schemas = [None] * len(alternatives)
        kinds = set()
        for inner, inner_schema in zip(alternatives, schemas, strict=True):
            ref, resolved = self._resolve(inner_schema)
            if ref in KIND_SCHEMAS:
                kinds.add(KIND_SCHEMAS[ref])
            elif isinstance(inner, LiteralEnumProperty):
                kinds.add("flag" if set(map(str, inner.values)) <= {"0", "1", "True", "False"} else "text")
            elif type(inner) in _SCALAR_KINDS:
                kinds.add(kind_of(resolved) or _SCALAR_KINDS[type(inner)] if resolved else _SCALAR_KINDS[type(inner)])
            else:
                kinds.add("")
        if "" not in kinds:
            # Scalars only: one value sent in several JSON types is one kind of value.
            if kinds & {"datetime", "date"}:
                kinds.discard("text")  # the zero-date string pattern beside a date
            chosen = next(kind for kind in _COLLAPSE_ORDER if kind in kinds)
            return self._kind_type(chosen)
        annotations: list[str] = []
        for inner, inner_schema in zip(alternatives, schemas, strict=True):
            annotation = self._annotation(inner, inner_schema)
            if annotation not in annotations:
                annotations.append(annotation)
        return " | ".join(annotations)

    def _kind_type(self, kind: str) -> str:
        return KINDS[kind].sent if self._sending else KINDS[kind].annotation

    def _nullable(self, prop: Prop, schema: Schema | None) -> bool:
        ref, resolved = self._resolve(schema)
        if ref in KIND_SCHEMAS and schema is not None and "$ref" in schema:
            # A kind's component lists null among its forms for the attributes that may be unset; an
            # attribute the spec requires (a record's own id, a page's total) is never sent as null.
            return False
        if resolved.get("nullable"):
            return True
        if isinstance(prop, UnionProperty):
            return any(isinstance(inner, NoneProperty) for inner in prop.inner_properties)
        return False

    def _is_null(self, schema: Schema) -> bool:
        _, resolved = self._resolve(schema)
        return resolved.get("type") == "null"

    def _resolve(self, schema: Schema | None) -> tuple[str | None, Schema]:
        """(the component a `$ref` names, if any; the schema it resolves to)."""
        if schema is None:
            return None, {}
        ref = None
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and "properties" not in schema:
            schema = {**{k: v for k, v in schema.items() if k != "allOf"}, **all_of[0]}
        while "$ref" in schema:
            ref = schema["$ref"].rsplit("/", 1)[-1]
            schema = self._document["components"]["schemas"][ref]
        return ref, schema

    @staticmethod
    def _raw(schema: Any) -> Schema:
        raw: Schema = schema.model_dump(by_alias=True, exclude_none=True, mode="json")
        return raw


def _properties(model: ModelProperty) -> list[Prop]:
    """A model's attributes, required ones first (the library leaves both lists unset until it has parsed them)."""
    return [*(model.required_properties or []), *(model.optional_properties or [])]
