"""Bracketed query parameters keep their wire names and get readable Python names.

openapi-python-client would fuse `filters[created_after]` into
`filterscreated_after`; generator/generate.py makes brackets word separators.
This walks every query parameter of the spec through the generated
`_get_kwargs` of its operation.
"""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import pytest

from .spec import document, operations


def _snake(name: str) -> str:
    words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", re.sub(r"[\[\]]", "_", name))
    return "_".join(w.lower() for w in words)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        found: Any = document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            found = found[part]
        node = found
    return node


def _query_parameters() -> list[tuple[str, str]]:
    found = []
    for operation in operations().values():
        item = document()["paths"][operation.path]
        for parameter in item.get("parameters", []) + item[operation.method].get("parameters", []):
            parameter = _resolve(parameter)
            if parameter["in"] == "query":
                found.append((operation.operation_id, parameter["name"]))
    return found


def _module(operation_id: str) -> Any:
    operation = operations()[operation_id]
    return importlib.import_module(f"activecampaign_api.api.{_snake(operation.tag)}.{_snake(operation_id)}")


class _Body:
    """Stands in for a required request body; only the query string is under test."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _sample(annotation: str) -> object:
    if annotation.startswith("list["):
        return ["1"]
    if "datetime.date" in annotation:
        import datetime

        return datetime.date(2024, 1, 31)
    literal = re.search(r"Literal\[([^\]]+)\]", annotation)
    return "ASC" if literal is None else eval(literal.group(1).split(",")[0])


@pytest.mark.parametrize(("operation_id", "wire_name"), _query_parameters())
def test_query_parameter_wire_and_python_names(operation_id: str, wire_name: str) -> None:
    module = _module(operation_id)
    python_name = _snake(wire_name)
    signature = inspect.signature(module._get_kwargs)
    assert python_name in signature.parameters, f"{operation_id}: no Python parameter {python_name!r}"
    assert "[" not in python_name and python_name.isidentifier()
    path_args = [name for name, p in signature.parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
    required = {
        name: _Body() if name == "body" else _sample(str(p.annotation))
        for name, p in signature.parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty
    }
    value = _sample(str(signature.parameters[python_name].annotation))
    kwargs = module._get_kwargs(*["1"] * len(path_args), **{**required, python_name: value})
    assert wire_name in kwargs["params"], f"{operation_id}: {python_name} is not sent as {wire_name}"


def test_bracketed_names_exist() -> None:
    bracketed = [name for _, name in _query_parameters() if "[" in name]
    assert "filters[created_after]" in bracketed and "orders[cdate]" in bracketed
