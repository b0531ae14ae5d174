"""The rules of the one request pipeline every SDK call goes through, without its I/O.

`_async/sender.py` (and its generated sync twin) sends: limiter permit, request, log,
typed error, retry when safe, parse. What it decides with (which requests may be repeated,
what to log, which error a response is, how a body is parsed) lives here, once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
from activecampaign_api.errors import ParseError

from .bodies import DEFAULT_MAX_BODY_BYTES, NOT_UTF8, decode_json, decoded_response
from .checks import Timeout, check_headers, check_timeout, whole_number
from .errors import (
    ActiveCampaignError,
    APIConnectionError,
    APITimeoutError,
    BodyDecodeError,
    InvalidInputError,
    ResponseParseError,
    UnexpectedStatusError,
    body_of,
    error_from_response,
)
from .rate_limit import RateLimiter
from .retries import IDEMPOTENT_METHODS, MAX_RETRY_TIME, Backoff, is_transient

if TYPE_CHECKING:
    from activecampaign_api.api import Route

logger = logging.getLogger("activecampaign_sdk")

T = TypeVar("T")


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A 2xx response of a bound operation: its status, headers and the parsed body (`ac.raw(...)`)."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class RequestOptions:
    """What `ac.with_options(...)` changes for the calls of the client it returns."""

    timeout: float
    """Seconds one attempt may take in all, the body included."""
    max_retries: int
    max_response_bytes: int = DEFAULT_MAX_BODY_BYTES
    headers: Mapping[str, str] = field(default_factory=dict)
    phases: httpx.Timeout | None = None
    """The httpx timeout of each phase (connect, read, write, pool); None: `timeout` for each."""

    @classmethod
    def checked(cls, timeout: Timeout, max_retries: int, max_response_bytes: int) -> RequestOptions:
        seconds, phases = check_timeout(timeout)
        return cls(
            seconds,
            whole_number(max_retries, "max_retries", 0),
            whole_number(max_response_bytes, "max_response_bytes", 1),
            phases=phases,
        )

    def merged(
        self,
        timeout: Timeout | None,
        max_retries: int | None,
        max_response_bytes: int | None,
        headers: Mapping[str, str] | None,
    ) -> RequestOptions:
        seconds, phases = (self.timeout, self.phases) if timeout is None else check_timeout(timeout)
        return replace(
            self,
            timeout=seconds,
            phases=phases,
            max_retries=self.max_retries if max_retries is None else whole_number(max_retries, "max_retries", 0),
            max_response_bytes=(
                self.max_response_bytes
                if max_response_bytes is None
                else whole_number(max_response_bytes, "max_response_bytes", 1)
            ),
            headers={**self.headers, **check_headers(headers or {})},
        )


@dataclass(frozen=True, slots=True)
class Call:
    """One call on its way: the request as built, and what the spec says of its operation.

    `route` is None for a path no operation of the spec has (`ac.request()` can send one); such a
    call is retried by its method alone and goes to the account's own host.
    """

    request: httpx.Request
    route: Route | None
    path: str
    """The path relative to /api/3: logged and put into errors (never the query, which may hold e-mails)."""
    started: float

    @property
    def operation(self) -> str | None:
        return self.route.operation_id if self.route is not None else None

    @property
    def idempotent(self) -> bool:
        return self.route.idempotent if self.route is not None else self.request.method in IDEMPOTENT_METHODS


@dataclass(frozen=True, slots=True)
class Answer:
    """A 2xx answer to a call, its body read whole within the size cap and the deadline."""

    call: Call
    status_code: int
    headers: httpx.Headers
    content: bytes


def _prepared(route: Route | None, url: str, kwargs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The URL on the operation's own host if it has one, and its comma-separated parameters joined."""
    if route is None:
        return url, kwargs
    params = kwargs.get("params")
    if route.comma_separated and isinstance(params, dict):
        joined = route.comma_separated
        params = {k: ",".join(map(str, v)) if k in joined and isinstance(v, list) else v for k, v in params.items()}
        kwargs = {**kwargs, "params": params}
    return (route.server + url if route.server else url), kwargs


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
        self,
        http: httpx.Client | httpx.AsyncClient,
        route: Route | None,
        method: str,
        url: str,
        kwargs: dict[str, Any],
    ) -> Call:
        """The call, with this client's timeout and extra headers; what httpx cannot send is refused here."""
        if self.options.headers:
            kwargs = {**kwargs, "headers": {**self.options.headers, **(kwargs.get("headers") or {})}}
        url, kwargs = _prepared(route, url, kwargs)
        try:
            timeout = self.options.phases or httpx.Timeout(self.options.timeout)
            request = http.build_request(method.upper(), url, **kwargs, timeout=timeout)
        except (httpx.InvalidURL, UnicodeError) as exc:
            raise InvalidInputError(f"{method.upper()} {url!r} cannot be sent: {exc}") from None
        return Call(request, route, self.relative(request), time.monotonic())

    def deadline(self, started: float) -> float:
        """When an attempt started at `started` must be over, body included."""
        return started + self.options.timeout

    def retries(self, call: Call, error: ActiveCampaignError) -> bool:
        """Whether the call, which failed with `error` on its first attempt, is sent again."""
        return self.options.max_retries > 0 and call.idempotent and is_transient(error)

    def retry_kwargs(self, call: Call) -> dict[str, Any]:
        """tenacity's settings for the retries of a call whose first attempt failed (attempt 1 of them)."""
        from tenacity import retry_if_exception, stop_after_attempt, stop_before_delay

        # No attempt starts once the call has lasted MAX_RETRY_TIME, nor a wait that would end past it.
        left = max(0.0, MAX_RETRY_TIME - (time.monotonic() - call.started))
        return {
            "stop": stop_after_attempt(self.options.max_retries + 1) | stop_before_delay(left),
            "wait": self._backoff,
            "retry": retry_if_exception(is_transient),
            "reraise": True,
        }

    def log(self, call: Call, attempt: int, started: float, status: int | None, failure: str) -> None:
        method, path, operation = call.request.method, call.path, call.operation
        elapsed = time.monotonic() - started
        extra = {
            "method": method,
            "path": path,
            "operation": operation,
            "attempt": attempt,
            "elapsed": elapsed,
            "status": status,
        }
        where = f"{method} {path} ({operation})" if operation else f"{method} {path}"
        if status is None:
            logger.warning("%s failed after %.3fs (attempt %d): %s", where, elapsed, attempt, failure, extra=extra)
        else:
            level = logging.DEBUG if status < 400 else logging.WARNING
            logger.log(level, "%s -> %d in %.3fs (attempt %d)", where, status, elapsed, attempt, extra=extra)

    def transport_error(self, call: Call, attempt: int, started: float, exc: httpx.RequestError) -> APIConnectionError:
        """Log a request that got no response; the typed error to raise for it."""
        self.log(call, attempt, started, None, type(exc).__name__)
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return kind(
            f"{type(exc).__name__}: {exc}", method=call.request.method, path=call.path, operation=call.operation
        )

    def body_error(self, call: Call, attempt: int, started: float, exc: ActiveCampaignError) -> None:
        """Log a response whose body could not be read within bounds (too large, too slow, undecodable)."""
        self.log(call, attempt, started, None, type(exc).__name__)

    def answer(self, call: Call, attempt: int, started: float, response: httpx.Response, body: bytes) -> Answer:
        """Log a response; its answer if it is a 2xx, else raise its typed error.

        Redirects are never followed (the sender sends with `follow_redirects=False`, whatever
        the httpx client says), so the token never reaches another origin: a 3xx is an error here.
        """
        status = response.status_code
        self.log(call, attempt, started, status, "")
        if not 200 <= status < 300:
            decoded = decoded_response(response, body)
            raise error_from_response(decoded, method=call.request.method, path=call.path, operation=call.operation)
        return Answer(call, status, response.headers, body)

    def parse(self, answer: Answer) -> object:
        """The body of a bound operation's answer, parsed by its route."""
        call, route = answer.call, answer.call.route
        assert route is not None  # bound operations always travel with their route
        if answer.status_code not in route.success:
            raise UnexpectedStatusError(
                answer.status_code,
                method=call.request.method,
                path=call.path,
                body=body_of(answer.content),
                operation=call.operation,
            )
        try:
            return route.parse(answer.status_code, answer.content)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            # RecursionError: JSON (or models) nested too deeply for msgspec to follow.
            raise self._parse_error(answer, exc) from exc

    def raw(self, answer: Answer) -> RawResponse[object]:
        # The body was decoded while it streamed: the headers that described its encoding no longer apply.
        headers = httpx.Headers(
            [(k, v) for k, v in answer.headers.multi_items() if k.lower() not in ("content-encoding", "content-length")]
        )
        return RawResponse(answer.status_code, headers, self.parse(answer), answer.content)

    def _parse_error(self, answer: Answer, exc: Exception) -> ResponseParseError:
        import msgspec  # here, not at the top: importing the SDK should not pay for loading msgspec

        if not answer.content:
            reason = "body is empty"
        elif isinstance(exc, msgspec.DecodeError):
            reason = f"body is not JSON: {exc}"
        elif isinstance(exc, ParseError):
            reason = f"body does not match the operation's model: {exc}"
        elif isinstance(exc, RecursionError):
            reason = "body is nested too deeply to parse"
        else:
            reason = f"body does not match the operation's model: {type(exc).__name__}: {exc}"
        call = answer.call
        return ResponseParseError(
            answer.status_code,
            method=call.request.method,
            path=call.path,
            body=body_of(answer.content),
            reason=reason,
            operation=call.operation,
        )


def json_answer(answer: Answer) -> Any:
    """The body of a `request()` answer: its JSON, its text when it is no JSON, None when empty.

    Bytes that are not UTF-8 have neither form: `ResponseParseError`.
    """
    content = answer.content
    if not content:
        return None
    try:
        return decode_json(content)
    except BodyDecodeError as exc:
        if not exc.reason.startswith(NOT_UTF8):
            return content.decode("utf-8", errors="replace")
        call = answer.call
        raise ResponseParseError(
            answer.status_code,
            method=call.request.method,
            path=call.path,
            body=content.decode("utf-8", errors="replace"),
            reason=exc.reason,
            operation=call.operation,
        ) from None


def closed_client_error(call: Call, exc: RuntimeError) -> ActiveCampaignError:
    """httpx raises a bare RuntimeError for a request on a closed client."""
    return APIConnectionError(
        f"the client is closed ({exc})", method=call.request.method, path=call.path, operation=call.operation
    )
