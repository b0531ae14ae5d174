"""The one path every call of `AsyncActiveCampaign` takes: rate limit, send, read, log, classify, retry, parse.

Bound operations, `raw()`, `request()`, pagination and the helpers all go through
`AsyncSender.send`, so the limiter, the retry policy, timeouts, size caps, logging and typed
errors apply to each of them alike. The decisions are `PipelineRules`'; this module does the I/O.

Every request is sent with `follow_redirects=False`, whatever the httpx client says, so the
token never goes to another origin; the body is read as a stream within the size cap and the
attempt's deadline (`bodies.aread_body`). A first attempt that succeeds builds no retry
machinery: tenacity takes over only once an idempotent call has failed in a way worth retrying.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import httpx

from ..bodies import aread_body
from ..connections import AsyncConnections
from ..errors import ActiveCampaignError
from ..pipeline import Answer, Call, PipelineRules, closed_client_error
from ..runtime import AsyncRuntime

if TYPE_CHECKING:
    from activecampaign_api.api import Route


class AsyncSender:
    def __init__(self, http: httpx.AsyncClient, rules: PipelineRules, connections: AsyncConnections) -> None:
        self.http = http
        self.rules = rules
        self.connections = connections

    async def send(self, route: Route | None, method: str, url: str, **kwargs: Any) -> Answer:
        """Send with limiter and retries; return the 2xx answer or raise an `ActiveCampaignError`."""
        call = self.rules.build(self.http, route, method, url, kwargs)
        try:
            return await self._attempt(call, 1)
        except ActiveCampaignError as error:
            if not self.rules.retries(call, error):
                raise
            return await self._retry(call, error)

    async def _retry(self, call: Call, failure: ActiveCampaignError) -> Answer:
        from tenacity import AsyncRetrying

        first: ActiveCampaignError | None = failure
        attempt = 1
        async for retrying in AsyncRetrying(sleep=AsyncRuntime.sleep, **self.rules.retry_kwargs(call)):
            with retrying:
                if first is not None:
                    # Attempt 1 already failed: raised again here, it makes tenacity wait before attempt 2.
                    error, first = first, None
                    raise error
                attempt += 1
                return await self._attempt(call, attempt)
        raise AssertionError("tenacity ends with a result or the last error")  # pragma: no cover

    async def _attempt(self, call: Call, attempt: int) -> Answer:
        rules = self.rules
        http = self.connections.current()  # before the permit: a client that cannot send spends none
        await rules.limiter.acquire_async()
        started = time.monotonic()
        try:
            streamed = await http.send(call.request, stream=True, follow_redirects=False)
            body = await aread_body(
                streamed,
                max_bytes=rules.options.max_response_bytes,
                deadline=rules.deadline(started),
                method=call.request.method,
                path=call.path,
            )
        except httpx.RequestError as exc:
            raise rules.transport_error(call, attempt, started, exc) from exc
        except ActiveCampaignError as exc:
            rules.body_error(call, attempt, started, exc)
            raise
        except RuntimeError as exc:
            if not http.is_closed:
                raise
            raise closed_client_error(call, exc) from exc
        return rules.answer(call, attempt, started, streamed, body)

    async def call(self, route: Route, request: dict[str, Any]) -> object:
        """The `AsyncCaller` of the generated `Async<Tag>Operations`: send, then parse the documented 2xx body."""
        return self.rules.parse(await self.send(route, **request))


class AsyncRawCaller:
    """The caller behind `raw()`: the same pipeline, returning a `RawResponse` instead of the parsed body."""

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def call(self, route: Route, request: dict[str, Any]) -> object:
        return self._sender.rules.raw(await self._sender.send(route, **request))
