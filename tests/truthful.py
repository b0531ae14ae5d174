"""Checks that a parsed response tells the truth about the data it came from.

A generated type that lies about real data is a bug. For a parsed model this
asserts that every attribute's runtime value fits its annotation (no `str`
where `int` is declared, no `None` where the type is not nullable), that no
key of the JSON landed in `additional_properties` of a model whose schema
lists its properties (an undeclared field), and that `to_dict()` gives back
exactly the JSON that was parsed.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from typing import Any, Literal, Union

import activecampaign_api.models
import attrs

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
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if annotation is Any:
        return True
    if origin in (Union, types.UnionType):
        trial: list[str] = []
        return any(_fits(value, arm, where, trial) for arm in args) or _fail(value, annotation, where, problems)
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
        _fits(getattr(model, name), hints[name], f"{where}.{name}", problems)
    extra = getattr(model, "additional_properties", {})
    if declared and extra:
        problems.append(f"{where}: undeclared field(s) {sorted(extra)} in {type(model).__name__}")
    elif extra:
        _fits(extra, hints["additional_properties"], f"{where}.*", problems)


def truth_problems(parsed: Any, raw: Any) -> list[str]:
    """Everything about `parsed` that misstates `raw`; empty when it is truthful."""
    problems: list[str] = []
    _check_model(parsed, type(parsed).__name__, problems)
    if json.dumps(parsed.to_dict(), sort_keys=True) != json.dumps(raw, sort_keys=True):
        problems.append(f"{type(parsed).__name__}.to_dict() does not reproduce the JSON it was parsed from")
    return problems
