"""Checks that a parsed response tells the truth about the data it came from.

A generated type that lies about real data is a bug. The response models are msgspec Structs
decoded under the wire-tolerance policy (`activecampaign_api.wire`), so an attribute's runtime
value always fits its annotation, or the body does not parse at all. What is left to check here:
that no key of the JSON is dropped because the model does not declare it (an undeclared field),
and that `to_dict()` gives back the JSON that was parsed, value for value, where "the same value"
is what the policy says: `"12"` and 12 for a count, `"0"` and False for a flag, `"156.24"` and
156.24 for money, the same instant for a date-time, and null, absence or the MySQL zero date for
"no value".

`response_lies` applies the same checks to one raw recorded answer, plus the check that its
status is declared for the operation: `make record` runs it on every interaction it records and
fails with the whole list (see tests/operations/conftest.py).
"""

from __future__ import annotations

import datetime
import importlib
import json
from functools import cache
from types import ModuleType
from typing import Any

import msgspec
import msgspec.inspect as mi
from activecampaign_api.errors import ParseError
from activecampaign_api.wire import ZERO_DATES
from openapi_python_client.strings import snake_case

from .spec import Operation, document


def _undeclared(raw: Any, info: mi.Type, where: str, found: dict[str, str]) -> None:
    """Every key of `raw` that the model at its place does not declare: its path -> the model's name."""
    if isinstance(info, mi.UnionType):
        containers = [t for t in info.types if isinstance(t, mi.StructType | mi.ListType | mi.DictType)]
        if len(containers) == 1:
            _undeclared(raw, containers[0], where, found)
        return
    if isinstance(info, mi.StructType) and isinstance(raw, dict):
        fields = {field.encode_name: field.type for field in info.fields}
        for key, value in raw.items():
            if key in fields:
                _undeclared(value, fields[key], f"{where}.{key}", found)
            else:
                found[f"{where}.{key}"] = info.cls.__name__
    elif isinstance(info, mi.ListType) and isinstance(raw, list):
        for i, item in enumerate(raw):
            _undeclared(item, info.item_type, f"{where}[{i}]", found)
    elif isinstance(info, mi.DictType) and isinstance(raw, dict):
        for key, value in raw.items():
            _undeclared(value, info.value_type, f"{where}.{key}", found)


def _no_value(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and raw in ZERO_DATES)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _instant(value: Any) -> datetime.datetime | datetime.date | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        return None


def _same(written: Any, raw: Any) -> bool:
    """Whether `written` (from `to_dict()`) is the value `raw` (the JSON) stands for under the policy."""
    if isinstance(raw, dict) and isinstance(written, dict):
        keys = set(raw) | set(written)
        return all(_same(written.get(key), raw.get(key)) for key in keys)
    if isinstance(raw, list) and isinstance(written, list):
        return len(raw) == len(written) and all(_same(w, r) for w, r in zip(written, raw, strict=True))
    if raw == [] and written == {}:
        return True  # PHP's empty array where the spec has an object
    if _no_value(raw) or written is None:
        return _no_value(raw) and written is None
    if type(written) is type(raw) and written == raw:
        return True
    if isinstance(written, bool):
        return str(raw).lower() in (("1", "true") if written else ("0", "false"))
    if isinstance(written, int | float):
        return _number(raw) == float(written)
    if isinstance(written, str) and isinstance(raw, int | float) and not isinstance(raw, bool):
        return _number(written) == float(raw)
    if isinstance(written, str) and isinstance(raw, str):
        return _instant(written) is not None and _instant(written) == _instant(raw)
    return False


def _differences(written: Any, raw: Any, where: str, problems: list[str]) -> None:
    if isinstance(raw, dict) and isinstance(written, dict):
        for key in sorted(set(raw) | set(written)):
            _differences(written.get(key), raw.get(key), f"{where}.{key}", problems)
    elif isinstance(raw, list) and isinstance(written, list) and len(raw) == len(written):
        for i, (w, r) in enumerate(zip(written, raw, strict=True)):
            _differences(w, r, f"{where}[{i}]", problems)
    elif not _same(written, raw):
        problems.append(f"{where}: the JSON holds {raw!r:.60}, to_dict() gives {written!r:.60}")


def truth_problems(parsed: Any, raw: Any) -> list[str]:
    """Everything about `parsed` that misstates `raw`; empty when it is truthful."""
    name = type(parsed).__name__
    undeclared: dict[str, str] = {}
    _undeclared(raw, mi.type_info(type(parsed)), name, undeclared)
    problems = [f"{path}: undeclared field in {model}" for path, model in undeclared.items()]
    differences: list[str] = []
    _differences(parsed.to_dict(), raw, name, differences)
    # An undeclared field is reported once, as such, not again as a difference.
    problems += [
        p for p in differences if not any(p == u or p.startswith((u + ":", u + ".", u + "[")) for u in undeclared)
    ]
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
    parse = _generated_module(operation)._parse_response
    try:
        parsed = parse(status, body)
    except ParseError as exc:
        return [f"{where}: does not parse: {exc}"]
    if not isinstance(parsed, msgspec.Struct):
        return []
    return [f"{where} {problem}" for problem in truth_problems(parsed, json.loads(body))]
