"""The operations of the API, one package per tag.

Each tag package holds `<Tag>Operations` and `Async<Tag>Operations`: every
operation of the tag as a typed method that builds its request and hands it,
with the operation's `Route`, to a `Caller`, which sends it and returns the
parsed 2xx body. The SDK layer (`activecampaign_sdk`) supplies the caller: its
one request pipeline (rate limit, retries, timeouts, typed errors). Anyone
using this package without the SDK implements `Caller` (a few lines over an
`httpx.Client`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

ParseResponse = Callable[[int, bytes], object]


@dataclass(frozen=True, slots=True)
class Route:
    """What the spec says of one operation, for whoever sends it."""

    operation_id: str
    """The spec's `operationId`, e.g. `listContacts`."""
    method: str
    path: str
    """The path template relative to the server, e.g. `/contacts/{id}`."""
    server: str | None
    """The origin of an operation the spec serves from another host than the account's (no token goes there)."""
    idempotent: bool
    """Safe to send again: GET, HEAD, OPTIONS, PUT, DELETE, and operations marked `x-idempotent: true`."""
    comma_separated: frozenset[str]
    """Array query parameters sent as one comma-separated value (`style: form, explode: false`)."""
    success: tuple[int, ...]
    """The 2xx statuses the spec documents."""
    parse: ParseResponse
    """Parses the body of a documented 2xx answer: `parse(status, content)`."""


class Caller(Protocol):
    def call(self, route: Route, request: dict[str, Any]) -> object:
        """Send `request` (the httpx keyword arguments an operation builds) along `route`; return
        `route.parse(status, body)` for a documented 2xx status."""
        ...


class AsyncCaller(Protocol):
    async def call(self, route: Route, request: dict[str, Any]) -> object:
        """Send `request` (the httpx keyword arguments an operation builds) along `route`; return
        `route.parse(status, body)` for a documented 2xx status."""
        ...
