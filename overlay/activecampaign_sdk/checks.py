"""Every check of what a caller gives the SDK, made before anything is sent: one module, one error class.

Each check returns the value as the SDK uses it, or raises `InvalidInputError` (a `ValueError` and an
`ActiveCampaignError`) whose message names the argument and says what it must be. The helpers built on
the API's own domain (contact and import rows, deal changes, update cursors, the base URL, webhook
payloads) call these for their values and refuse what only they can judge (an unknown row key, a
cursor of another collection) with the same class.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import TypeAlias, TypeVar

import httpx

from .auth import HEADER as TOKEN_HEADER
from .auth import unsendable
from .bodies import MAX_JSON_DEPTH
from .errors import InvalidInputError

T = TypeVar("T")
Timeout: TypeAlias = "float | httpx.Timeout"

# Headers a caller may not set per request: the SDK owns them (the token above all).
RESERVED_HEADERS = frozenset({TOKEN_HEADER.lower(), "authorization", "host", "content-length", "cookie"})
# Headers that frame the message or the connection: httpx sets them. A caller's `Transfer-Encoding` beside
# httpx's `Content-Length` is the shape of a request-smuggling attack, whatever the intent.
FRAMING_HEADERS = frozenset(
    {"transfer-encoding", "connection", "keep-alive", "upgrade", "te", "trailer", "proxy-connection", "expect"}
)
# RFC 9110's token: what a method or a header name may be made of.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# The longest timeout a call may have: a day. Past about 9.2e9 s the OS's timers overflow.
MAX_TIMEOUT = 86400.0
# A `request()` body nests no deeper than a response may (bodies.MAX_JSON_DEPTH).
MAX_REQUEST_DEPTH = MAX_JSON_DEPTH


def whole_number(value: object, name: str, low: int, high: int | None = None) -> int:
    """`value` when it is an int (not a bool) from `low` to `high`; else `InvalidInputError` naming `name`."""
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f">= {low}"
        raise InvalidInputError(f"{name} must be a whole number {bounds}, got {value!r}")
    return value


def seconds(value: object, name: str, *, low: float = 0.0, high: float | None = None) -> float:
    """`value` as a float when it is a finite number (not a bool, not a string) from `low` to `high`;
    else `InvalidInputError` naming `name`. Every timing option of the SDK is checked so, before any request."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < low
        or (high is not None and value > high)
    ):
        bounds = f"from {low:g} to {high:g}" if high is not None else f">= {low:g}"
        raise InvalidInputError(f"{name} must be a finite number of seconds {bounds}, got {value!r}")
    return float(value)


def rows_of(value: Iterable[T], name: str) -> Iterable[T]:
    """`value` when it can be a sequence of rows; else `InvalidInputError` naming `name`, before any request.
    Text, bytes and a lone mapping iterate too (by character, byte or key), so each would be read as rows."""
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        hint = " (one row? put it in a list)" if isinstance(value, Mapping) else ""
        raise InvalidInputError(f"{name} must be an iterable of rows, got {type(value).__name__}{hint}")
    return value


def optional_instance(value: T | None, name: str, kind: type[object], what: str) -> T | None:
    """`value` when it is None or a `kind` (a runtime-checkable protocol too); else `InvalidInputError` saying
    `what` it must be, so a wrong object is refused when the client is made, not at its first call."""
    if value is not None and not isinstance(value, kind):
        raise InvalidInputError(f"{name} must be {what}, got {type(value).__name__}")
    return value


def check_email(email: object) -> str:
    """The address itself, or InvalidInputError (a ValueError) saying what is wrong with it."""
    if not isinstance(email, str) or not email.strip():
        raise InvalidInputError("missing email")
    # Imported here: email-validator costs a sixth of `import activecampaign_sdk` and only
    # helpers that take e-mail addresses need it.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidInputError(f"invalid email {email!r}: {exc}") from None
    return email


def check_timeout(timeout: Timeout) -> tuple[float, httpx.Timeout]:
    """The whole-attempt bound in seconds, and the httpx phases: a number bounds every phase and the attempt;
    an `httpx.Timeout` sets each phase (connect, read, write, pool), and its longest phase bounds the attempt
    (a call stays bounded, so a phase of None, no limit, needs another phase that has one)."""
    if isinstance(timeout, httpx.Timeout):
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if any(not _positive_seconds(phase) for phase in phases if phase is not None) or all(
            phase is None for phase in phases
        ):
            raise InvalidInputError(
                f"an httpx.Timeout needs seconds above 0 and at most {MAX_TIMEOUT:g} in at least one phase,"
                f" got {timeout!r}"
            )
        return float(max(phase for phase in phases if phase is not None)), timeout
    if not _positive_seconds(timeout):
        raise InvalidInputError(
            f"timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT:g}, or an httpx.Timeout,"
            f" got {timeout!r}"
        )
    return float(timeout), httpx.Timeout(float(timeout))


def _positive_seconds(value: object) -> bool:
    # Bounded above too: a timeout of 1e10 s overflows the event loop's and the socket's clocks.
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 < value <= MAX_TIMEOUT
    )


def check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(headers, Mapping):
        raise InvalidInputError(f"headers is a mapping of header names to values, not {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidInputError("headers map header names to string values")
        if name.strip().lower() in RESERVED_HEADERS:
            raise InvalidInputError(f"the SDK sets the {name.strip()} header itself")
        if name.strip().lower() in FRAMING_HEADERS:
            raise InvalidInputError(f"the {name.strip()} header frames the message: the HTTP library sets it")
        if _TOKEN.fullmatch(name) is None:
            raise InvalidInputError(f"header name {name!r} is no HTTP token (letters, digits and !#$%&'*+-.^_`|~)")
        problem = unsendable(value)
        if problem is not None:
            raise InvalidInputError(f"the value of header {name!r} cannot be sent: it holds {problem}")
        checked[name] = value
    return checked


def check_method(method: object) -> str:
    """An HTTP method as `request()` sends it (upper case); `InvalidInputError` for what is no HTTP token."""
    if not isinstance(method, str) or _TOKEN.fullmatch(method) is None:
        raise InvalidInputError(f"method must be an HTTP method such as GET or POST, got {method!r}")
    return method.upper()


def _scalar_problem(value: object) -> str | None:
    if value is None or isinstance(value, bool | int):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{value!r} has no JSON form"
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"text with no UTF-8 form ({exc.reason} at position {exc.start})"
        return None
    return f"a {type(value).__name__} has no JSON form"


def check_json(body: object) -> None:
    """`InvalidInputError` unless `body` is JSON data: dicts with string keys, lists, strings, finite numbers,
    booleans and None, nested at most `MAX_REQUEST_DEPTH` levels (a cycle is nested without end)."""
    pending: list[tuple[object, int, str]] = [(body, 1, "json")]
    while pending:
        value, depth, where = pending.pop()
        if isinstance(value, dict | list | tuple):
            if depth > MAX_REQUEST_DEPTH:
                raise InvalidInputError(f"json is nested deeper than {MAX_REQUEST_DEPTH} levels")
            if isinstance(value, dict):
                for key, item in value.items():
                    if not isinstance(key, str) or _scalar_problem(key) is not None:
                        raise InvalidInputError(f"{where} has a key {key!r}: JSON keys are text")
                    pending.append((item, depth + 1, f"{where}[{key!r}]"))
            else:
                pending.extend((item, depth + 1, f"{where}[{i}]") for i, item in enumerate(value))
            continue
        problem = _scalar_problem(value)
        if problem is not None:
            raise InvalidInputError(f"{where} cannot be sent: {problem}")


def check_params(params: object) -> None:
    """`InvalidInputError` unless `params` maps names to scalars (text, numbers, booleans) or lists of them."""
    if not isinstance(params, Mapping):
        raise InvalidInputError(f"params is a mapping of query parameters, not {type(params).__name__}")
    for name, value in params.items():
        if not isinstance(name, str) or _scalar_problem(name) is not None:
            raise InvalidInputError(f"query parameter names are text, got {name!r}")
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, float | int | str) or item is None:
                problem = _scalar_problem(item)
            else:
                problem = f"a {type(item).__name__} is no query parameter value (text, a number or a list of them)"
            if problem is not None:
                raise InvalidInputError(f"query parameter {name!r} cannot be sent: {problem}")
