"""The rules of the one request pipeline every SDK call goes through, without its I/O.

`_async/sender.py` (and its generated sync twin) sends: limiter permit, request, log,
typed error, retry when safe, parse. What it decides with (which requests may be repeated,
what to log, which error a response is, how a body is parsed) lives here, once.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

import httpx
from activecampaign_api.errors import ParseError
from activecampaign_api.operations import COMMA_SEPARATED, OPERATION_SERVERS
from tenacity import retry_if_exception, retry_never, stop_after_attempt, stop_before_delay

from .auth import HEADER as TOKEN_HEADER
from .auth import unsendable
from .bodies import DEFAULT_MAX_BODY_BYTES
from .errors import (
    ActiveCampaignError,
    APIConnectionError,
    APITimeoutError,
    InvalidInputError,
    ResponseParseError,
    UnexpectedStatusError,
    error_from_response,
    parse_body,
    whole_number,
)
from .rate_limit import RateLimiter
from .retries import MAX_RETRY_TIME, Backoff, is_idempotent, is_transient, template_pattern

logger = logging.getLogger("activecampaign_sdk")

T = TypeVar("T")
ParseResponse = Callable[[httpx.Response], object]

# Headers a caller may not set per request: the SDK owns them (the token above all).
RESERVED_HEADERS = frozenset({TOKEN_HEADER.lower(), "authorization", "host", "content-length", "cookie"})


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A 2xx response of a bound operation: its status, headers and the parsed body (`ac.raw(...)`)."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    content: bytes = field(repr=False)


def _check_timeout(timeout: float) -> float:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        raise InvalidInputError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return float(timeout)


def _check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidInputError("headers map header names to string values")
        if name.strip().lower() in RESERVED_HEADERS:
            raise InvalidInputError(f"the SDK sets the {name.strip()} header itself")
        problem = unsendable(name) or ("a space" if " " in name.strip() else None) or unsendable(value)
        if problem is not None or not name.strip():
            raise InvalidInputError(f"header {name.strip()!r} cannot be sent: it holds {problem or 'no name'}")
        checked[name] = value
    return checked


@dataclass(frozen=True)
class RequestOptions:
    """What `ac.with_options(...)` changes for the calls of the client it returns."""

    timeout: float
    max_retries: int
    max_response_bytes: int = DEFAULT_MAX_BODY_BYTES
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def checked(cls, timeout: float, max_retries: int, max_response_bytes: int) -> RequestOptions:
        return cls(
            _check_timeout(timeout),
            whole_number(max_retries, "max_retries", 0),
            whole_number(max_response_bytes, "max_response_bytes", 1),
        )

    def merged(
        self,
        timeout: float | None,
        max_retries: int | None,
        max_response_bytes: int | None,
        headers: Mapping[str, str] | None,
    ) -> RequestOptions:
        return replace(
            self,
            timeout=self.timeout if timeout is None else _check_timeout(timeout),
            max_retries=self.max_retries if max_retries is None else whole_number(max_retries, "max_retries", 0),
            max_response_bytes=(
                self.max_response_bytes
                if max_response_bytes is None
                else whole_number(max_response_bytes, "max_response_bytes", 1)
            ),
            headers={**self.headers, **_check_headers(headers or {})},
        )


class OperationRules(Generic[T]):
    """A value per operation of the spec, found by method and concrete path (relative to /api/3)."""

    def __init__(self, rules: Mapping[tuple[str, str], T]) -> None:
        self._rules = [(method, template_pattern(path), value) for (method, path), value in rules.items()]

    def get(self, method: str, url: str) -> T | None:
        for rule_method, pattern, value in self._rules:
            if rule_method == method.upper() and pattern.match(url):
                return value
        return None


# Operations the spec serves from a host of their own (event tracking on trackcmp.net).
operation_servers = OperationRules(OPERATION_SERVERS)
# Array query parameters the API reads as one comma-separated value (`include`).
comma_separated = OperationRules(COMMA_SEPARATED)


def _prepared(method: str, url: str, kwargs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The URL on the operation's own host if it has one, and its comma-separated parameters joined."""
    origin = operation_servers.get(method, url)
    joined = comma_separated.get(method, url)
    params = kwargs.get("params")
    if joined and isinstance(params, dict):
        params = {k: ",".join(map(str, v)) if k in joined and isinstance(v, list) else v for k, v in params.items()}
        kwargs = {**kwargs, "params": params}
    return (origin + url if origin else url), kwargs


class PipelineRules:
    """Everything the sender decides, shared by the sync and async senders."""

    def __init__(
        self, *, api_path: str, limiter: RateLimiter, options: RequestOptions, backoff: Backoff | None
    ) -> None:
        self._api_path = api_path.rstrip("/")
        self.limiter = limiter
        self.options = options
        self._backoff = backoff or Backoff()

    def relative(self, request: httpx.Request) -> str:
        # Logged and put into errors: the path only, never the query (it may hold e-mail addresses).
        return request.url.path.removeprefix(self._api_path) or "/"

    def build(
        self, http: httpx.Client | httpx.AsyncClient, method: str, url: str, kwargs: dict[str, Any]
    ) -> httpx.Request:
        """The request, with this client's timeout and extra headers; what httpx cannot send is refused here."""
        if self.options.headers:
            kwargs = {**kwargs, "headers": {**self.options.headers, **(kwargs.get("headers") or {})}}
        url, kwargs = _prepared(method, url, kwargs)
        try:
            return http.build_request(method.upper(), url, **kwargs, timeout=httpx.Timeout(self.options.timeout))
        except (httpx.InvalidURL, UnicodeError) as exc:
            raise InvalidInputError(f"{method.upper()} {url!r} cannot be sent: {exc}") from None

    def deadline(self, started: float) -> float:
        """When an attempt started at `started` must be over, body included."""
        return started + self.options.timeout

    def retry_kwargs(self, request: httpx.Request) -> dict[str, Any]:
        retryable = self.options.max_retries > 0 and is_idempotent(request.method, self.relative(request))
        return {
            # No attempt starts once the call has lasted MAX_RETRY_TIME, nor a wait that would end past it.
            "stop": stop_after_attempt(self.options.max_retries + 1) | stop_before_delay(MAX_RETRY_TIME),
            "wait": self._backoff,
            "retry": retry_if_exception(is_transient) if retryable else retry_never,
            "reraise": True,
        }

    def log(self, request: httpx.Request, attempt: int, started: float, status: int | None, failure: str) -> None:
        method, path = request.method, self.relative(request)
        elapsed = time.monotonic() - started
        extra = {"method": method, "path": path, "attempt": attempt, "elapsed": elapsed, "status": status}
        if status is None:
            text = "%s %s failed after %.3fs (attempt %d): %s"
            logger.warning(text, method, path, elapsed, attempt, failure, extra=extra)
        else:
            level = logging.DEBUG if status < 400 else logging.WARNING
            logger.log(level, "%s %s -> %d in %.3fs (attempt %d)", method, path, status, elapsed, attempt, extra=extra)

    def transport_error(
        self, request: httpx.Request, attempt: int, started: float, exc: httpx.RequestError
    ) -> APIConnectionError:
        """Log a request that got no response; the typed error to raise for it."""
        self.log(request, attempt, started, None, type(exc).__name__)
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return kind(f"{type(exc).__name__}: {exc}", method=request.method, path=self.relative(request))

    def body_error(self, request: httpx.Request, attempt: int, started: float, exc: ActiveCampaignError) -> None:
        """Log a response whose body could not be read within bounds (too large, too slow, undecodable)."""
        self.log(request, attempt, started, None, type(exc).__name__)

    def checked(self, request: httpx.Request, attempt: int, started: float, response: httpx.Response) -> httpx.Response:
        """Log a response; raise the typed error unless it is a 2xx.

        Redirects are never followed (the sender sends with `follow_redirects=False`, whatever
        the httpx client says), so the token never reaches another origin: a 3xx is an error here.
        """
        self.log(request, attempt, started, response.status_code, "")
        if not response.is_success:
            raise error_from_response(response, method=request.method, path=self.relative(request))
        return response

    def parse(self, response: httpx.Response, parse: ParseResponse, success: tuple[int, ...]) -> object:
        if response.status_code not in success:
            path, method = self.relative(response.request), response.request.method
            raise UnexpectedStatusError(response.status_code, method=method, path=path, body=parse_body(response))
        try:
            return parse(response)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            # RecursionError: JSON (or models) nested too deeply for msgspec or from_dict to follow.
            raise self._parse_error(response, exc) from exc

    def raw(self, response: httpx.Response, parse: ParseResponse, success: tuple[int, ...]) -> RawResponse[object]:
        return RawResponse(
            response.status_code, response.headers, self.parse(response, parse, success), response.content
        )

    def _parse_error(self, response: httpx.Response, exc: Exception) -> ResponseParseError:
        import msgspec  # here, not at the top: importing the SDK should not pay for loading msgspec

        if not response.content:
            reason = "body is empty"
        elif isinstance(exc, msgspec.DecodeError):
            reason = f"body is not JSON: {exc}"
        elif isinstance(exc, ParseError):
            reason = f"body does not match the operation's model: {exc}"
        elif isinstance(exc, RecursionError):
            reason = "body is nested too deeply to parse"
        else:  # a list response that is no list, say: the generated code iterates it outside from_dict
            reason = f"body does not match the operation's model: {type(exc).__name__}: {exc}"
        path, method = self.relative(response.request), response.request.method
        return ResponseParseError(
            response.status_code, method=method, path=path, body=parse_body(response), reason=reason
        )


def closed_client_error(request: httpx.Request, rules: PipelineRules, exc: RuntimeError) -> ActiveCampaignError:
    """httpx raises a bare RuntimeError for a request on a closed client."""
    return APIConnectionError(f"the client is closed ({exc})", method=request.method, path=rules.relative(request))
