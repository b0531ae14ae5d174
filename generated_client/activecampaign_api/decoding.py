"""Decoding the API's answers into the response models, under the wire-tolerance policy (`wire.py`).

The fast path decodes the body's bytes straight into the models with msgspec in its lax mode,
which already reads every form the policy allows for counts, money, flags and dates (`"12"` for
12, `"0"` for False, `"2024-05-01 10:11:12"` for a datetime). The MySQL zero date is replaced by
null in the bytes first (`"0000-00-00 00:00:00"` means "never"). What the fast path refuses is
tried once more, tolerantly: the JSON is decoded to builtins, each value is brought into the form
the policy says it stands for (a JSON number where text is expected becomes its JSON text, an
empty PHP array where an object is expected becomes an empty object), and then converted. Only
what the policy does not allow is an error: one `ParseError` naming the model and the attribute.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

import msgspec
import msgspec.inspect as _inspect

from .errors import ParseError
from .wire import ZERO_DATES

T = TypeVar("T")

_ZERO_DATETIME = b'"0000-00-00 00:00:00"'
_ZERO_DATE = b'"0000-00-00"'


class Model(msgspec.Struct, omit_defaults=True, repr_omit_defaults=True):
    """The base of every response model: attributes typed by the wire-tolerance policy.

    A response attribute is `X` when the spec requires it and it cannot be null, else `X | None`
    (None for null and for absent alike). `repr()` shows the attributes that are set.
    """

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready builtins under the API's attribute names; None attributes are left out."""
        return cast(dict[str, Any], msgspec.to_builtins(self))

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a decoded JSON object, read under the wire-tolerance policy; `ParseError` if it does not fit."""
        return convert(src_dict, cls)


_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}
_infos: dict[Any, _inspect.Type] = {}
_unions: dict[Any, tuple[type[Model], ...]] = {}


def decode(content: bytes, type_: Any) -> Any:
    """The body `content` decoded into `type_` (a model, a list of models, ...); `ParseError` if it does not fit.

    A body that is not JSON at all raises msgspec's `DecodeError`.
    """
    if b"0000-00-00" in content:
        content = content.replace(_ZERO_DATETIME, b"null").replace(_ZERO_DATE, b"null")
    models = _alternatives(type_)
    if models:
        return _first_fitting(msgspec.json.decode(content), models)
    decoder = _decoders.get(type_)
    if decoder is None:
        decoder = _decoders[type_] = msgspec.json.Decoder(type_, strict=False)
    try:
        return decoder.decode(content)
    except msgspec.ValidationError:
        return _tolerantly(msgspec.json.decode(content), type_)


def _alternatives(type_: Any) -> tuple[type[Model], ...]:
    """The models of a union of several models (an answer the spec gives more than one shape), else ()."""
    found = _unions.get(type_)
    if found is None:
        args = typing.get_args(type_) if isinstance(type_, types.UnionType) else ()
        models = tuple(arg for arg in args if isinstance(arg, type) and issubclass(arg, Model))
        found = _unions[type_] = models if len(models) > 1 else ()
    return found


def _first_fitting(value: Any, models: tuple[type[Model], ...]) -> Any:
    """`value` as the first of `models` it fits (msgspec cannot tell untagged models apart by itself)."""
    failures = []
    for model in models:
        try:
            return convert(value, model)
        except ParseError as exc:
            failures.append(str(exc))
    raise ParseError(" | ".join(model.__name__ for model in models), ValueError("; ".join(failures)))


def convert(value: Any, type_: type[T]) -> T:
    """`value` (decoded JSON) converted into `type_` under the policy; `ParseError` if it does not fit."""
    try:
        return msgspec.convert(value, type_, strict=False)
    except msgspec.ValidationError:
        return cast(T, _tolerantly(value, type_))


def _tolerantly(value: Any, type_: Any) -> Any:
    info = _infos.get(type_)
    if info is None:
        info = _infos[type_] = _inspect.type_info(type_)
    try:
        return msgspec.convert(_tolerated(value, info), type_, strict=False)
    except msgspec.ValidationError as exc:
        raise ParseError(getattr(type_, "__name__", str(type_)), exc) from None


def _tolerated(value: Any, info: _inspect.Type) -> Any:
    """`value` in the form the policy says it stands for, as far as `info` (its expected type) tells."""
    if value is None:
        return None
    if isinstance(info, _inspect.UnionType):
        return _tolerated_union(value, info.types)
    if isinstance(value, str):
        return None if value in ZERO_DATES else value
    if isinstance(info, _inspect.StructType):
        if value == []:
            return {}  # PHP encodes an empty object as an empty array
        if not isinstance(value, dict):
            return value
        fields = {field.encode_name: field.type for field in info.fields}
        return {key: _tolerated(item, fields[key]) if key in fields else item for key, item in value.items()}
    if isinstance(info, _inspect.DictType):
        if value == []:
            return {}
        if not isinstance(value, dict):
            return value
        return {key: _tolerated(item, info.value_type) for key, item in value.items()}
    if isinstance(info, _inspect.ListType):
        return [_tolerated(item, info.item_type) for item in value] if isinstance(value, list) else value
    if isinstance(info, _inspect.StrType | _inspect.LiteralType) and _is_number(value):
        return _json_text(value)
    return value


def _tolerated_union(value: Any, types: tuple[_inspect.Type, ...]) -> Any:
    choices = [info for info in types if not isinstance(info, _inspect.NoneType)]
    if len(choices) == 1:
        return _tolerated(value, choices[0])
    if isinstance(value, dict | list):
        # The alternative of the value's own JSON type first: an empty array stays one where the
        # spec allows an array, and becomes an empty object (PHP's `[]` for `{}`) only where it does not.
        mapping = (_inspect.StructType, _inspect.DictType)
        own = _inspect.ListType if isinstance(value, list) else mapping
        for info in choices:
            if isinstance(info, own):
                return _tolerated(value, info)
        if value == []:
            for info in choices:
                if isinstance(info, mapping):
                    return _tolerated(value, info)
        return value
    if isinstance(value, str) and value in ZERO_DATES:
        return None
    numeric = (_inspect.IntType, _inspect.FloatType, _inspect.DecimalType)
    if _is_number(value) and not any(isinstance(info, numeric) for info in choices):
        return _json_text(value)
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _json_text(number: float) -> str:
    return repr(number) if isinstance(number, float) else str(number)


__all__ = ["Model", "convert", "decode"]
