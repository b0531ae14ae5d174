"""The wire-tolerance policy: the JSON forms each kind of attribute may arrive in, and its one Python type.

ActiveCampaign is a PHP API: the JSON type of a scalar varies by endpoint and by year. The
policy below is the single statement of what the SDK tolerates. `generate.py` reads it to
type every response attribute (`KINDS[kind].annotation`); the same file is copied, unchanged,
into the generated package as `activecampaign_api/wire.py`, where the decoder's tolerant path
(`activecampaign_api.types`) and the drift check (`activecampaign verify`) apply it at run time.

Kinds, and why each has the Python type it has:

- ``id``: a record's id. Sent as a string of digits, or as a JSON number when a write is
  echoed. Python ``str``: ids are opaque, most arrive as strings, and some (custom objects)
  are not numbers at all. A JSON number is kept as its digits.
- ``count``: a whole number (counts, totals, scores, positions). Sent as a number or a string of
  digits. Python ``int``; ``"abc"`` or ``1.5`` is a parse error naming the attribute.
- ``money``: an amount (``deal.value``). Sent as a string of digits (cents), an integer, or a
  float (``156.24``). Python ``float``: PHP computes these as doubles, so a double holds every
  value the API can send; ``"156.24"`` and ``156.24`` both become ``156.24``.
- ``flag``: a yes/no switch. Sent as ``true``/``false``, ``0``/``1`` or ``"0"``/``"1"``.
  Python ``bool``.
- ``datetime`` / ``date``: a point in time / a calendar day. Sent as ISO 8601 (``udate``
  carries the account's US Central offset) or MySQL ``YYYY-MM-DD hh:mm:ss``. Python
  ``datetime.datetime`` / ``datetime.date``; the MySQL zero value ``0000-00-00 00:00:00``
  (``0000-00-00``) means "never" and becomes ``None``.
- ``text``: free text and everything else the spec types ``string``. A JSON number is kept
  as its JSON text (``12`` becomes ``"12"``): nothing is lost.
- ``number``: any other ``type: number``. Python ``float``.

Every response attribute may also be ``null`` (``None``): PHP sends null for unset values
on most resources, and a missing attribute reads as ``None`` too. The exception: an attribute
the spec requires and types by a kind (a record's own ``id``, a page's ``total``) is never null,
and its Python type is the kind's type alone.

This module imports nothing of the package: it must be importable by the generator.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Kind:
    annotation: str
    """The Python type of a response attribute of this kind, as written in the generated models."""
    forms: frozenset[str]
    """The JSON forms accepted on the wire (see `json_form`), besides null."""
    sent: str
    """What a request may give for an attribute of this kind (the forms the API accepts from a client)."""


KINDS: dict[str, Kind] = {
    "id": Kind("str", frozenset({"string", "integer"}), "str | int"),
    "count": Kind("int", frozenset({"integer", "integral number", "integer string"}), "int | str"),
    "money": Kind(
        "float",
        frozenset({"integer", "number", "integral number", "integer string", "number string"}),
        "float | int | str",
    ),
    "flag": Kind("bool", frozenset({"boolean", "0 or 1", "0 or 1 string", "boolean string"}), "bool | int | str"),
    "datetime": Kind(
        "datetime.datetime", frozenset({"datetime string", "zero date string"}), "datetime.datetime | str"
    ),
    "date": Kind("datetime.date", frozenset({"date string", "zero date string"}), "datetime.date | str"),
    "text": Kind("str", frozenset({"string", "integer", "number", "integral number"}), "str | int | float"),
    "number": Kind(
        "float",
        frozenset({"integer", "number", "integral number", "integer string", "number string"}),
        "float | int | str",
    ),
}

# Components of the spec that name a kind (see the conventions in `openapi/openapi.yaml`).
KIND_SCHEMAS: dict[str, str] = {
    "Id": "id",
    "Count": "count",
    "Money": "money",
    "Flag": "flag",
    "DateTimeOrZero": "datetime",
    "DateOrZero": "date",
}

ZERO_DATES = ("0000-00-00 00:00:00", "0000-00-00")
_INTEGER = re.compile(r"-?\d+\Z")
_NUMBER = re.compile(r"-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\Z")


def kind_of(schema: Mapping[str, Any], ref: str | None = None) -> str | None:
    """The kind of a scalar schema (after `$ref` resolution; `ref` is the component it came from), or None.

    None for objects, arrays, and schemas with an enum (their values are listed, not a kind).
    """
    if ref is not None and ref in KIND_SCHEMAS:
        return KIND_SCHEMAS[ref]
    if "enum" in schema:
        return None
    kind = schema.get("type")
    fmt = schema.get("format")
    if kind == "string":
        return {"date-time": "datetime", "date": "date"}.get(fmt or "", "text")
    if kind == "integer":
        return "count"
    if kind == "number":
        return "number"
    if kind == "boolean":
        return "flag"
    return None


def json_form(value: object) -> str:
    """The finest form of a decoded JSON value the policy tells apart (e.g. ``"integer string"``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "0 or 1" if value in (0, 1) else "integer"
    if isinstance(value, float):
        return "integral number" if math.isfinite(value) and value.is_integer() else "number"
    if isinstance(value, str):
        if value in ("0", "1"):
            return "0 or 1 string"
        if value in ("true", "false"):
            return "boolean string"
        if _INTEGER.match(value):
            return "integer string"
        if _NUMBER.match(value):
            return "number string"
        if value in ZERO_DATES:
            return "zero date string"
        if _DATE.match(value):
            return "date string"
        if _DATETIME.match(value):
            return "datetime string"
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


# A form of a value is also each coarser form it implies (a "0 or 1" is an integer, an
# "integer string" is a string ...), so that a kind lists only what it means.
_IMPLIES: dict[str, tuple[str, ...]] = {
    "0 or 1": ("integer",),
    "0 or 1 string": ("integer string", "string"),
    "boolean string": ("string",),
    "integer string": ("number string", "string"),
    "number string": ("string",),
    "zero date string": ("string",),
    "date string": ("string",),
    "datetime string": ("string",),
    "integral number": ("number",),
}


def forms(value: object) -> frozenset[str]:
    """Every form `value` has, finest first: ``"1"`` is a ``0 or 1 string``, an ``integer string`` ..."""
    found = [json_form(value)]
    for form in found:
        found += [implied for implied in _IMPLIES.get(form, ()) if implied not in found]
    return frozenset(found)


def accepts(kind: str, value: object) -> bool:
    """Whether the policy accepts `value` (a decoded JSON scalar or null) for an attribute of `kind`."""
    if value is None:
        return True
    return not KINDS[kind].forms.isdisjoint(forms(value))


def accepts_enum(values: list[Any], value: object) -> bool:
    """Whether `value` is one of an enum's `values`; a number matches its string form and back."""
    if value is None or value in values:
        return True
    if isinstance(value, bool):
        return False
    return isinstance(value, int | str) and str(value) in {str(v) for v in values if not isinstance(v, bool)}
