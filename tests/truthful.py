"""Checks that a parsed response tells the truth about the data it came from.

A generated type that lies about real data is a bug. For a parsed model this
asserts that every attribute's runtime value fits its annotation (no `str`
where `int` is declared, no `None` where the type is not nullable), that no
key of the JSON landed in `additional_properties` of a model whose schema
lists its properties (an undeclared field), and that `to_dict()` gives back
exactly the JSON that was parsed.

`response_lies` applies the same checks to one raw recorded answer, plus the
check that its status is declared for the operation: `make record` runs it on
every interaction it records and fails with the whole list (see
tests/operations/conftest.py).
"""

from __future__ import annotations

import datetime
import importlib
import json
import sys
import types
import typing
from functools import cache
from types import ModuleType
from typing import Any, Literal, Union

import activecampaign_api.models
import attrs
import httpx
from activecampaign_api.errors import ParseError
from openapi_python_client.strings import snake_case

from .spec import Operation, document

_HINTS: dict[type, dict[str, Any]] = {}
_MODELS: dict[str, Any] = {}


def _all_models() -> dict[str, Any]:
    # The package imports each model on first use: load them all once, by name.
    if not _MODELS:
        _MODELS.update({name: getattr(activecampaign_api.models, name) for name in activecampaign_api.models.__all__})
    return _MODELS


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        # Generated models import each other only under TYPE_CHECKING; resolve those names from the package.
        namespace = {**vars(sys.modules[cls.__module__]), **_all_models()}
        _HINTS[cls] = typing.get_type_hints(cls, globalns=namespace)
    return _HINTS[cls]


def _fits(value: Any, annotation: Any, where: str, problems: list[str]) -> bool:
    """Whether `value`'s runtime type fits `annotation`; lies inside a fitting model go to `problems`."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is Any:
        return True
    if origin in (Union, types.UnionType):
        for arm in args:
            # The lies inside a model count only for the arm the value actually is.
            trial: list[str] = []
            if _fits(value, arm, where, trial):
                problems.extend(trial)
                return True
        return False
    if annotation is type(None):
        return value is None
    if origin is Literal:
        return value in args
    if origin is list:
        if not isinstance(value, list):
            return False
        return all(_fits(item, args[0], f"{where}[{i}]", problems) for i, item in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            return False
        return all(_fits(item, args[1], f"{where}.{key}", problems) for key, item in value.items())
    if annotation is int:
        return type(value) is int
    if annotation is float:
        return type(value) in (int, float)
    if isinstance(annotation, type) and attrs.has(annotation):
        if not isinstance(value, annotation):
            return False
        _check_model(value, where, problems)
        return True
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    raise TypeError(f"{where}: no rule for annotation {annotation!r}")


def _fail(value: Any, annotation: Any, where: str, problems: list[str]) -> bool:
    problems.append(f"{where}: {type(value).__name__} {value!r:.60} does not fit {annotation}")
    return False


def _check_model(model: Any, where: str, problems: list[str]) -> None:
    hints = _hints(type(model))
    declared = [f.name for f in attrs.fields(type(model)) if f.name != "additional_properties"]
    for name in declared:
        value = getattr(model, name)
        if not _fits(value, hints[name], f"{where}.{name}", problems):
            _fail(value, hints[name], f"{where}.{name}", problems)
    extra = getattr(model, "additional_properties", {})
    if declared and extra:
        problems.append(f"{where}: undeclared field(s) {sorted(extra)} in {type(model).__name__}")
    elif extra and not _fits(extra, hints["additional_properties"], f"{where}.*", problems):
        _fail(extra, hints["additional_properties"], f"{where}.*", problems)


def _same_json(written: Any, raw: Any) -> bool:
    """Equal JSON, where a date-time written back may spell the same instant differently ("Z" vs "+00:00")."""
    if isinstance(written, dict) and isinstance(raw, dict):
        return written.keys() == raw.keys() and all(_same_json(written[k], raw[k]) for k in raw)
    if isinstance(written, list) and isinstance(raw, list):
        return len(written) == len(raw) and all(_same_json(w, r) for w, r in zip(written, raw, strict=True))
    if isinstance(written, str) and isinstance(raw, str) and written != raw:
        try:
            return datetime.datetime.fromisoformat(written) == datetime.datetime.fromisoformat(raw)
        except ValueError:
            return False
    return type(written) is type(raw) and bool(written == raw)


def truth_problems(parsed: Any, raw: Any) -> list[str]:
    """Everything about `parsed` that misstates `raw`; empty when it is truthful."""
    problems: list[str] = []
    _check_model(parsed, type(parsed).__name__, problems)
    if not _same_json(parsed.to_dict(), raw):
        problems.append(f"{type(parsed).__name__}.to_dict() does not reproduce the JSON it was parsed from")
    return problems


@cache
def _generated_module(operation: Operation) -> ModuleType:
    return importlib.import_module(
        f"activecampaign_api.api.{snake_case(operation.tag)}.{snake_case(operation.operation_id)}"
    )


def response_lies(operation: Operation, status: int, headers: dict[str, str], body: bytes) -> list[str]:
    """What the spec and the generated types misstate about one answer of `operation`; empty when truthful.

    Each entry starts with the operation and status, then the path through the parsed models
    (`UserList.users[0].cdate`), so a list of them names every lie by where it sits.
    """
    where = f"{operation.operation_id} {status}"
    declared = document()["paths"][operation.path][operation.method]["responses"]
    if str(status) not in declared:
        return [f"{where}: undeclared status (declared: {', '.join(sorted(declared))})"]
    if not body or not headers.get("content-type", "application/json").startswith("application/json"):
        return []
    if not 200 <= status < 300:
        return []  # error bodies: the SDK raises a typed error; the tests check them with `expect`
    response = httpx.Response(status, headers=headers, content=body)
    parse = _generated_module(operation)._parse_response
    try:
        parsed = parse(response)
    except ParseError as exc:
        return [f"{where}: does not parse: {exc}"]
    if not attrs.has(type(parsed)):
        return []
    return [f"{where} {problem}" for problem in truth_problems(parsed, json.loads(body))]
