"""The operations of the API, one package per tag.

Each tag package holds `<Tag>Operations` and `Async<Tag>Operations`: every
operation of the tag as a typed method that builds its request and hands it
to a `Caller`, which sends it and returns the parsed 2xx body. The SDK layer
(`activecampaign_sdk`) supplies the caller: its one request pipeline (rate
limit, retries, timeouts, typed errors). Anyone using this package without the
SDK implements `Caller` (a few lines over an `httpx.Client`).
"""

from collections.abc import Callable
from typing import Any, Protocol

import httpx

ParseResponse = Callable[[httpx.Response], object]


class Caller(Protocol):
    def call(self, request: dict[str, Any], parse: ParseResponse, success: tuple[int, ...]) -> object:
        """Send `request` (the httpx keyword arguments an operation builds); return `parse(response)`
        for a `success` status."""
        ...


class AsyncCaller(Protocol):
    async def call(self, request: dict[str, Any], parse: ParseResponse, success: tuple[int, ...]) -> object:
        """Send `request` (the httpx keyword arguments an operation builds); return `parse(response)`
        for a `success` status."""
        ...
