"""Query parameters as the list routes read them: which a route takes, times, sort orders and sideloads.

A route names every query parameter it implements (each exists in the spec for that operation);
anything else is answered with a 400 naming the parameter, never silently ignored, so that code
which passes here does not misbehave against the real account.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from .records import CENTRAL_DAYLIGHT, CENTRAL_STANDARD, JsonObject, central, instant
from .store import ApiError

PAGING = frozenset({"limit", "offset"})


def bad_parameter(name: str, problem: str) -> ApiError:
    """A 400 whose error names the query parameter."""
    error = {"title": f"Query parameter '{name}': {problem}", "code": "invalid_parameter"}
    return ApiError(400, {"errors": [error]})


def check_parameters(query: Mapping[str, str], route: str, accepted: frozenset[str]) -> None:
    """A 400 naming the first query parameter the route does not implement."""
    for name in query:
        if name not in accepted:
            takes = ", ".join(sorted(accepted)) or "none"
            raise bad_parameter(name, f"the local ActiveCampaign does not implement it on {route} (it takes: {takes})")


def one_of(query: Mapping[str, str], name: str, allowed: Iterable[str]) -> str | None:
    value = query.get(name)
    if value is not None and value not in allowed:
        raise bad_parameter(name, f"must be one of {', '.join(allowed)}, got {value!r}")
    return value


def whole(query: Mapping[str, str], name: str) -> int | None:
    value = query.get(name)
    if value is None or value == "":
        return None
    if not (value.isascii() and value.lstrip("-").isdigit()):
        raise bad_parameter(name, f"must be a whole number, got {value!r}")
    return int(value)


def id_set(query: Mapping[str, str], name: str) -> set[str] | None:
    """A comma-separated list of ids (`ids=1,2,42`) as the strings the records hold."""
    value = query.get(name)
    if value is None:
        return None
    ids = {part.strip() for part in value.split(",") if part.strip()}
    if not all(part.isascii() and part.isdigit() for part in ids):
        raise bad_parameter(name, f"must be ids separated by commas, got {value!r}")
    return {str(int(part)) for part in ids}


def moment(query: Mapping[str, str], name: str) -> datetime | None:
    """A `filters[created_after]`-style time: a date (midnight of that day in the account's time,
    US Central), a date and time without an offset (account time), or one with an offset."""
    value = query.get(name)
    if value is None or value == "":
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise bad_parameter(name, f"must be a date (YYYY-MM-DD) or a date and time, got {value!r}") from None
    if parsed.tzinfo is not None:
        return parsed
    standard = parsed.replace(tzinfo=CENTRAL_STANDARD)
    if central(standard).utcoffset() == timedelta(hours=-5):
        return parsed.replace(tzinfo=CENTRAL_DAYLIGHT)
    return standard


def time_tests(
    query: Mapping[str, str], attributes: Mapping[str, str], *, after_inclusive: bool
) -> list[Callable[[JsonObject], bool]]:
    """Record tests for `filters[created_after]` & co; `attributes` maps `created`/`updated` to the record's
    time attribute. `before` is strict; `after` is strict unless the API documents it as "on or after"."""
    tests: list[Callable[[JsonObject], bool]] = []
    for kind, attribute in attributes.items():
        after = moment(query, f"filters[{kind}_after]")
        before = moment(query, f"filters[{kind}_before]")
        if after is not None:
            tests.append(_after(attribute, after, after_inclusive))
        if before is not None:
            tests.append(_before(attribute, before))
    return tests


def _after(attribute: str, bound: datetime, inclusive: bool) -> Callable[[JsonObject], bool]:
    if inclusive:
        return lambda record: _stamp(record, attribute) >= bound
    return lambda record: _stamp(record, attribute) > bound


def _before(attribute: str, bound: datetime) -> Callable[[JsonObject], bool]:
    return lambda record: _stamp(record, attribute) < bound


def _stamp(record: JsonObject, attribute: str) -> datetime:
    return instant(str(record[attribute]))


def orders(query: Mapping[str, str], keys: Mapping[str, Callable[[JsonObject], Any]]) -> list[tuple[str, bool]]:
    """The `orders[name]=ASC|DESC` parameters in the order given: (name, descending)."""
    found: list[tuple[str, bool]] = []
    for parameter, value in query.items():
        if parameter.startswith("orders[") and parameter.endswith("]"):
            name = parameter[len("orders[") : -1]
            if name in keys:
                direction = value.upper()
                if direction not in ("ASC", "DESC"):
                    raise bad_parameter(parameter, f"must be ASC or DESC, got {value!r}")
                found.append((name, direction == "DESC"))
    return found


def sort_records(
    records: list[JsonObject], order: list[tuple[str, bool]], keys: Mapping[str, Callable[[JsonObject], Any]]
) -> list[JsonObject]:
    """Sorted by the first order, ties by the next, ...; the input order (by id) breaks the last ties."""
    for name, descending in reversed(order):
        records = sorted(records, key=keys[name], reverse=descending)
    return records


def includes(query: Mapping[str, str], allowed: Iterable[str]) -> set[str]:
    """`include=a,b.c`: the names asked for, each one of `allowed`; `b.c` implies `b`."""
    value = query.get("include")
    if value is None:
        return set()
    names = {part.strip() for part in value.split(",") if part.strip()}
    unknown = sorted(names - set(allowed))
    if unknown:
        raise bad_parameter("include", f"cannot side-load {', '.join(unknown)} (it takes {', '.join(allowed)})")
    return names | {name.split(".")[0] for name in names}


def text_key(attribute: str) -> Callable[[JsonObject], str]:
    return lambda record: str(record.get(attribute) or "").casefold()


def number_key(attribute: str) -> Callable[[JsonObject], float]:
    def key(record: JsonObject) -> float:
        try:
            return float(record.get(attribute) or 0)
        except (TypeError, ValueError):
            return 0.0

    return key


def time_key(attribute: str) -> Callable[[JsonObject], datetime]:
    return lambda record: _stamp(record, attribute)
