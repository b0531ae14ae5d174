"""The one path every call of `AsyncActiveCampaign` takes: rate limit, send, read, log, classify, retry, parse.

Bound operations, `raw()`, `request()`, pagination and the helpers all go through
`AsyncSender.send`, so the limiter, the retry policy, timeouts, size caps, logging and typed
errors apply to each of them alike. The decisions are `PipelineRules`'; this module does the I/O.

Every request is sent with `follow_redirects=False`, whatever the httpx client says, so the
token never goes to another origin; the body is read as a stream within the size cap and the
attempt's deadline (`bodies.aread_body`).
"""

from __future__ import annotations

import time
from typing import Any

import httpx
from tenacity import AsyncRetrying

from ..bodies import aread_body, decoded_response
from ..errors import ActiveCampaignError
from ..pipeline import ParseResponse, PipelineRules, closed_client_error
from ..runtime import AsyncRuntime


class AsyncSender:
    def __init__(self, http: httpx.AsyncClient, rules: PipelineRules) -> None:
        self.http = http
        self.rules = rules

    async def send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send with limiter and retries; return the 2xx response or raise an `ActiveCampaignError`."""
        rules = self.rules
        request = rules.build(self.http, method, url, kwargs)
        path = rules.relative(request)
        attempt = 0
        response: httpx.Response | None = None
        async for retrying in AsyncRetrying(sleep=AsyncRuntime.sleep, **rules.retry_kwargs(request)):
            with retrying:
                attempt += 1
                await rules.limiter.acquire_async()
                started = time.monotonic()
                try:
                    streamed = await self.http.send(request, stream=True, follow_redirects=False)
                    body = await aread_body(
                        streamed,
                        max_bytes=rules.options.max_response_bytes,
                        deadline=rules.deadline(started),
                        method=request.method,
                        path=path,
                    )
                except httpx.RequestError as exc:
                    raise rules.transport_error(request, attempt, started, exc) from exc
                except ActiveCampaignError as exc:
                    rules.body_error(request, attempt, started, exc)
                    raise
                except RuntimeError as exc:
                    if not self.http.is_closed:
                        raise
                    raise closed_client_error(request, rules, exc) from exc
                response = rules.checked(request, attempt, started, decoded_response(streamed, body))
        assert response is not None
        return response

    async def call(self, request: dict[str, Any], parse: ParseResponse, success: tuple[int, ...]) -> object:
        """The `AsyncCaller` of the generated `Async<Tag>Operations`: send, then parse the documented 2xx body."""
        return self.rules.parse(await self.send(**request), parse, success)


class AsyncRawCaller:
    """The caller behind `raw()`: the same pipeline, returning a `RawResponse` instead of the parsed body."""

    def __init__(self, sender: AsyncSender) -> None:
        self._sender = sender

    async def call(self, request: dict[str, Any], parse: ParseResponse, success: tuple[int, ...]) -> object:
        return self._sender.rules.raw(await self._sender.send(**request), parse, success)
