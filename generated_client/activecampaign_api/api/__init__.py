"""Contains methods for accessing the API

Each tag package also holds `<Tag>Operations` and `Async<Tag>Operations`:
every operation of the tag as a typed method that hands the request the
operation builds to a `Caller`, which sends it and returns the parsed 2xx body.
The SDK layer (`activecampaign_sdk`) supplies the caller.
"""

from collections.abc import Callable
from typing import Any, Protocol

ParseResponse = Callable[..., object]


class Caller(Protocol):
    def call(self, request: dict[str, Any], parse: ParseResponse, success: tuple[int, ...]) -> object:
        """Send `request` (the kwargs an operation builds), return `parse`'s result for a `success` status."""
        ...


class AsyncCaller(Protocol):
    async def call(self, request: dict[str, Any], parse: ParseResponse, success: tuple[int, ...]) -> object:
        """Send `request` (the kwargs an operation builds), return `parse`'s result for a `success` status."""
        ...
