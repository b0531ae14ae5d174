"""The one path every SDK request takes: rate limit, send, log, classify, retry.

Bound operations, `request()` and pagination all go through `Sender.send`
(or `AsyncSender.send`), so the limiter, the retry policy, timeouts, logging
and typed errors apply to each of them alike.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from activecampaign_api.errors import ParseError
from tenacity import (
    AsyncRetrying,
    Retrying,
    retry_if_exception,
    retry_never,
    stop_after_attempt,
)

from .errors import (
    APIConnectionError,
    APITimeoutError,
    ResponseParseError,
    UnexpectedStatusError,
    error_from_response,
    parse_body,
)
from .rate_limit import RateLimiter
from .retries import Backoff, is_idempotent, is_transient

logger = logging.getLogger("activecampaign_sdk")

ParseResponse = Callable[..., object]


class _Base:
    def __init__(
        self, *, api_path: str, limiter: RateLimiter, max_retries: int, wait: Backoff | None, parse_client: object
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._api_path = api_path.rstrip("/")
        self.limiter = limiter
        self.max_retries = max_retries
        self._wait = wait or Backoff()
        # The generated `Client`, which the generated `_parse_response` functions take.
        self._parse_client = parse_client

    def _relative(self, request: httpx.Request) -> str:
        # Logged and put into errors: the path only, never the query (it may hold e-mail addresses).
        return request.url.path.removeprefix(self._api_path) or "/"

    def _retry_kwargs(self, method: str, path: str) -> dict[str, Any]:
        retryable = self.max_retries > 0 and is_idempotent(method, path)
        return {
            "stop": stop_after_attempt(self.max_retries + 1),
            "wait": self._wait,
            "retry": retry_if_exception(is_transient) if retryable else retry_never,
            "reraise": True,
        }

    def _log(self, request: httpx.Request, attempt: int, started: float, status: int | None, failure: str) -> None:
        method, path = request.method, self._relative(request)
        elapsed = time.monotonic() - started
        extra = {"method": method, "path": path, "attempt": attempt, "elapsed": elapsed, "status": status}
        if status is None:
            text = "%s %s failed after %.3fs (attempt %d): %s"
            logger.warning(text, method, path, elapsed, attempt, failure, extra=extra)
        else:
            level = logging.DEBUG if status < 400 else logging.WARNING
            logger.log(level, "%s %s -> %d in %.3fs (attempt %d)", method, path, status, elapsed, attempt, extra=extra)

    def _transport_error(
        self, request: httpx.Request, attempt: int, started: float, exc: httpx.TransportError
    ) -> APIConnectionError:
        """Log a request that got no response; the typed error to raise for it."""
        self._log(request, attempt, started, None, type(exc).__name__)
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return kind(f"{type(exc).__name__}: {exc}", method=request.method, path=self._relative(request))

    def _checked(
        self, request: httpx.Request, attempt: int, started: float, response: httpx.Response
    ) -> httpx.Response:
        """Log a response; raise the typed error unless it is a 2xx."""
        self._log(request, attempt, started, response.status_code, "")
        if not response.is_success:
            raise error_from_response(response, method=request.method, path=self._relative(request))
        return response

    def _parse(self, response: httpx.Response, parse: ParseResponse, success: tuple[int, ...]) -> object:
        if response.status_code not in success:
            path, method = self._relative(response.request), response.request.method
            raise UnexpectedStatusError(response.status_code, method=method, path=path, body=parse_body(response))
        try:
            return parse(client=self._parse_client, response=response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise self._parse_error(response, exc) from exc

    def _parse_error(self, response: httpx.Response, exc: Exception) -> ResponseParseError:
        import msgspec  # here, not at the top: importing the SDK should not pay for loading msgspec

        if not response.content:
            reason = "body is empty"
        elif isinstance(exc, msgspec.DecodeError):
            reason = f"body is not JSON: {exc}"
        elif isinstance(exc, ParseError):
            reason = f"body does not match the operation's model: {exc}"
        else:  # a list response that is no list, say: the generated code iterates it outside from_dict
            reason = f"body does not match the operation's model: {type(exc).__name__}: {exc}"
        path, method = self._relative(response.request), response.request.method
        return ResponseParseError(
            response.status_code, method=method, path=path, body=parse_body(response), reason=reason
        )


class Sender(_Base):
    def __init__(
        self,
        http: httpx.Client,
        *,
        api_path: str,
        limiter: RateLimiter,
        max_retries: int,
        parse_client: object,
        wait: Backoff | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            api_path=api_path, limiter=limiter, max_retries=max_retries, wait=wait, parse_client=parse_client
        )
        self.http = http
        self._sleep = sleep

    def send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send with limiter and retries; return the 2xx response or raise an `ActiveCampaignError`."""
        request = self.http.build_request(method.upper(), url, **kwargs)
        attempt = 0
        response: httpx.Response | None = None
        for retrying in Retrying(sleep=self._sleep, **self._retry_kwargs(request.method, self._relative(request))):
            with retrying:
                attempt += 1
                self.limiter.acquire()
                started = time.monotonic()
                try:
                    sent = self.http.send(request)
                except httpx.TransportError as exc:
                    raise self._transport_error(request, attempt, started, exc) from exc
                response = self._checked(request, attempt, started, sent)
        assert response is not None
        return response

    def call(self, request: dict[str, Any], parse: ParseResponse, success: tuple[int, ...]) -> object:
        """The `Caller` of the generated `<Tag>Operations`: send, then parse the documented 2xx body."""
        return self._parse(self.send(**request), parse, success)


class AsyncSender(_Base):
    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        api_path: str,
        limiter: RateLimiter,
        max_retries: int,
        parse_client: object,
        wait: Backoff | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(
            api_path=api_path, limiter=limiter, max_retries=max_retries, wait=wait, parse_client=parse_client
        )
        self.http = http
        if sleep is None:
            import asyncio  # here, not at the top: sync users should not pay for importing asyncio

            sleep = asyncio.sleep
        self._sleep = sleep

    async def send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send with limiter and retries; return the 2xx response or raise an `ActiveCampaignError`."""
        request = self.http.build_request(method.upper(), url, **kwargs)
        attempt = 0
        response: httpx.Response | None = None
        async for retrying in AsyncRetrying(
            sleep=self._sleep, **self._retry_kwargs(request.method, self._relative(request))
        ):
            with retrying:
                attempt += 1
                await self.limiter.acquire_async()
                started = time.monotonic()
                try:
                    sent = await self.http.send(request)
                except httpx.TransportError as exc:
                    raise self._transport_error(request, attempt, started, exc) from exc
                response = self._checked(request, attempt, started, sent)
        assert response is not None
        return response

    async def call(self, request: dict[str, Any], parse: ParseResponse, success: tuple[int, ...]) -> object:
        return self._parse(await self.send(**request), parse, success)
