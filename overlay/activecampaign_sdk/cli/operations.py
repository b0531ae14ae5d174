"""One subcommand group per tag, one command per operation, built from the generated `<Tag>Operations`.

`activecampaign contacts list-contacts --email ada@example.com` calls
`ac.contacts.list_contacts(email="ada@example.com")` and prints the parsed body as JSON.
Path parameters are arguments, the others options named after the Python parameter
(`filters_created_after` is `--filters-created-after`), typed as the method is, with the
help its docstring gives; a request body is `--body JSON` or `--body @file.json` (`@-`:
standard input), read into the body's model with `from_dict`. A tag's module is imported
only when that tag is named, so `activecampaign --help` stays quick.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Callable
from functools import cache, cached_property
from typing import Any, Literal

import click
from activecampaign_api.types import Unset

from ..bodies import decode_json


@cache
def tag_names() -> tuple[str, ...]:
    """The tag attributes of a client, in the spec's order (read without importing any tag)."""
    from activecampaign_api.operations import Operations

    return tuple(name for name, value in vars(Operations).items() if isinstance(value, cached_property))


def operations_class(tag: str) -> type:
    module = importlib.import_module(f"activecampaign_api.api.{tag}")
    (found,) = (
        value
        for name, value in vars(module).items()
        if isinstance(value, type) and name.endswith("Operations") and not name.startswith("Async")
    )
    return found


def operation_names(tag: str) -> list[str]:
    return [name for name, value in vars(operations_class(tag)).items() if inspect.isfunction(value) and name[0] != "_"]


class TagGroup(click.Group):
    """The operations of one tag; the tag's module is imported when the group is used."""

    def __init__(self, tag: str) -> None:
        super().__init__(
            name=tag.replace("_", "-"),
            help=f"The operations of the `{tag}` tag (ac.{tag}); each prints the parsed answer as JSON.",
            short_help=f"Operations of ac.{tag}.",
        )
        self.tag = tag

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name.replace("_", "-") for name in operation_names(self.tag)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        name = cmd_name.replace("-", "_")
        if name not in operation_names(self.tag):
            return None
        return operation_command(self.tag, name, getattr(operations_class(self.tag), name))


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """The text before `Args:` and each argument's description (continuation lines joined)."""
    text = inspect.cleandoc(doc or "")
    summary, _, args = text.partition("\nArgs:\n")
    described: dict[str, str] = {}
    current: str | None = None
    for line in args.splitlines():
        match = re.match(r"^ {4}(\w+):\s*(.*)$", line)
        if match:
            current = match.group(1)
            described[current] = match.group(2).strip()
        elif current is not None and line.startswith("        "):
            described[current] = f"{described[current]} {line.strip()}".strip()
        elif line.strip():
            current = None
    return summary.strip(), described


def _without_unset(hint: Any) -> Any:
    """`X | Unset` -> `X` (the option may be left out)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        rest = [arg for arg in typing.get_args(hint) if arg is not Unset]
        return rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007
    return hint


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and hasattr(hint, "from_dict") and hasattr(hint, "to_dict")


class JsonBody(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.2 on
    """JSON text, `@path` to a file of it, or `@-` for standard input, read into a model (or a list of models)."""

    name = "JSON|@FILE"

    def __init__(self, hint: Any) -> None:
        self.hint = hint

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value.startswith("@"):
            where = value[1:]
            try:
                text = sys.stdin.read() if where == "-" else open(where, encoding="utf-8").read()  # noqa: SIM115
            except OSError as error:
                self.fail(f"cannot read {where}: {error.strerror}", param, ctx)
            except UnicodeDecodeError as error:
                self.fail(f"cannot read {where}: not UTF-8 ({error.reason} at byte {error.start})", param, ctx)
        try:
            data = decode_json(text)  # nesting capped: a 5,000-deep body is refused, not a RecursionError
        except ValueError as error:
            self.fail(f"not JSON: {error}", param, ctx)
        try:
            if typing.get_origin(self.hint) is list:
                (item,) = typing.get_args(self.hint)
                if not isinstance(data, list):
                    self.fail("expected a JSON array", param, ctx)
                return [item.from_dict(entry) if _is_model(item) else entry for entry in data]
            if _is_model(self.hint):
                return self.hint.from_dict(data)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
            self.fail(f"does not fit {getattr(self.hint, '__name__', self.hint)}: {error}", param, ctx)
        return data


class LiteralChoice(click.Choice):  # type: ignore[type-arg]
    """One of a `Literal`'s values, given as text and handed over with the literal's own type."""

    def __init__(self, values: tuple[Any, ...]) -> None:
        self.values = {str(value): value for value in values}
        super().__init__(list(self.values))

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return self.values[str(super().convert(value, param, ctx))]


class DateParam(click.ParamType):  # type: ignore[type-arg]
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date (YYYY-MM-DD)", param, ctx)


class DateTimeParam(click.ParamType):  # type: ignore[type-arg]
    name = "ISO-8601"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.datetime):
            return value
        try:
            return datetime.datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 date and time", param, ctx)


def _param_type(hint: Any) -> tuple[click.ParamType[Any], bool]:
    """The click type of a parameter, and whether the option repeats (a list)."""
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        if _is_model(item):
            return JsonBody(hint), False
        return _param_type(item)[0], True
    if typing.get_origin(hint) is Literal:
        return LiteralChoice(typing.get_args(hint)), False
    scalar: dict[Any, click.ParamType[Any]] = {
        str: click.STRING,
        int: click.INT,
        float: click.FLOAT,
        bool: click.BOOL,
        datetime.date: DateParam(),
        datetime.datetime: DateTimeParam(),
    }
    if hint in scalar:
        return scalar[hint], False
    return JsonBody(hint), False


class _ModelNames(dict[str, Any]):
    """The names the operations' annotations use, found on demand.

    The generated operations import their models for type checkers only (so a tag loads no model
    until an operation runs); resolving an annotation imports the one model it names.
    """

    def __missing__(self, name: str) -> Any:
        from activecampaign_api import models

        if name == "datetime":
            return datetime
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


def operation_command(tag: str, name: str, function: Callable[..., Any]) -> click.Command:
    """A command that calls `ac.<tag>.<name>(...)` with what the command line gives and prints JSON."""
    hints = typing.get_type_hints(function, localns=_ModelNames())
    summary, described = parse_docstring(function.__doc__)
    params: list[click.Parameter] = []
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        hint = _without_unset(hints[parameter.name])
        required = parameter.default is inspect.Parameter.empty
        click_type, repeated = _param_type(hint)
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            params.append(click.Argument([parameter.name], type=click_type, required=required))
            continue
        meaning = described.get(parameter.name, "")
        if isinstance(click_type, JsonBody):
            meaning = f"{meaning} JSON text, @file.json or @- (standard input).".strip()
        params.append(
            click.Option(
                [f"--{parameter.name.replace('_', '-')}", parameter.name],
                type=click_type,
                required=required,
                multiple=repeated,
                help=meaning or None,
            )
        )

    def call(**given: Any) -> None:
        from .app import session

        arguments = {key: value for key, value in given.items() if value is not None and value != ()}
        for key, value in arguments.items():
            if isinstance(value, tuple):
                arguments[key] = list(value)
        client = session(click.get_current_context()).client()
        result = getattr(getattr(client, tag), name)(**arguments)
        click.echo(json.dumps(jsonable(result), indent=2, ensure_ascii=False, default=str))

    arguments_help = "".join(
        f"\n\n{p.name.upper()}: {described.get(p.name or '', '')}"
        for p in params
        if isinstance(p, click.Argument) and described.get(p.name or "")
    )
    return click.Command(
        name.replace("_", "-"),
        callback=call,
        params=params,
        help=summary + arguments_help,
        short_help=summary.splitlines()[0] if summary else None,
        no_args_is_help=False,
    )


def jsonable(value: Any) -> Any:
    """A parsed answer as JSON values: models through `to_dict`, as the API wrote them."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    return value
