"""Typed errors for every way an ActiveCampaign call can fail.

Each status error carries what is needed to act on it (status, method, path,
the parsed body, the request id) and nothing more: requests carry the API
token only in a header, and no header of the request is ever kept here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

# Header names ActiveCampaign (and the proxies in front of it) use for a request id.
REQUEST_ID_HEADERS = ("x-request-id", "x-amzn-requestid", "cf-ray")


class ActiveCampaignError(Exception):
    """Base class of every error this SDK raises.

    Every subclass pickles with its attributes (a process pool sends a worker's error to the parent that
    way): the default pickling calls `cls(*args)`, which keyword-only constructors refuse, so an error is
    rebuilt from its message and its attribute dict instead, without running `__init__` again.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), self.args), self.__dict__


def _rebuild(cls: type[ActiveCampaignError], args: tuple[Any, ...]) -> ActiveCampaignError:
    return cls.__new__(cls, *args)


class InvalidInputError(ActiveCampaignError, ValueError):
    """Input the SDK refuses before sending anything, because the API could not accept it
    (an e-mail that is no address, a list id that is no id, an unknown row key, an unknown list
    status). A perstag or list name that the look-ups do not find is refused the same way, after
    the look-up and before any change is sent."""


class WebhookParseError(InvalidInputError):
    """A webhook request body that is no ActiveCampaign event: not UTF-8, malformed, without a `type`, or over
    one of the caps of `webhook_events.parse` (body size, field count, nesting depth). Answer it with a 400."""


def _call(method: str, path: str, operation: str | None) -> str:
    """How errors and logs name a call: `GET /contacts/42 (getContact)`; the operationId when known."""
    return f"{method} {path} ({operation})" if operation else f"{method} {path}"


class APIConnectionError(ActiveCampaignError):
    """The request did not get a response: DNS, refused or dropped connection, TLS."""

    def __init__(self, message: str, *, method: str, path: str, operation: str | None = None) -> None:
        super().__init__(f"{_call(method, path, operation)}: {message}")
        self.method = method
        self.path = path
        self.operation = operation
        """The spec's operationId of the call, when it was a bound operation or a known path."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout), or the whole call outlasted its deadline."""


class EventLoopError(ActiveCampaignError):
    """An `AsyncActiveCampaign` over an httpx client of the caller's (`httpx_client=`) was called from an event
    loop other than the one it was first used in, while that loop still runs: httpx connections belong to one
    loop. Nothing was sent. Give each loop (each thread running one) its own client, or let the SDK make its
    httpx client (it keeps one connection pool per event loop)."""


class RateLimiterUnavailableError(ActiveCampaignError):
    """The shared rate limiter (Redis) could not be reached or did not answer in time; the request was not sent.

    Nothing goes out without a permit: the call fails instead of falling back to a limiter that other
    processes do not see. Calls work again as soon as the limiter answers again.
    """


class SegmentMatchError(ActiveCampaignError):
    """A segment match run that did not become ready in time, or an answer that holds no run."""

    def __init__(self, message: str, *, segment_id: str, run_id: str | None = None) -> None:
        super().__init__(message)
        self.segment_id = segment_id
        self.run_id = run_id


class ResponseTooLargeError(ActiveCampaignError):
    """The response body, decoded, is larger than the client's cap (`limit` bytes); reading stopped there.

    Not retried: the same request would bring the same body.
    """

    def __init__(self, *, method: str, path: str, limit: int) -> None:
        super().__init__(f"{method} {path}: response body exceeds {limit} bytes (decoded); reading stopped")
        self.method = method
        self.path = path
        self.limit = limit


class BodyDecodeError(ActiveCampaignError, ValueError):
    """Bytes that are no JSON the SDK accepts: invalid, or nested deeper than `bodies.MAX_JSON_DEPTH`.

    `reason` says which. Raised by `bodies.decode_json`; calls wrap it into `ResponseParseError`.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ErrorItem:
    """One entry of a 422 body's `errors[]`."""

    title: str | None
    detail: str | None
    code: str | None
    source_pointer: str | None


class APIStatusError(ActiveCampaignError):
    """The API answered with a status the operation does not treat as success."""

    def __init__(
        self,
        status: int,
        *,
        method: str,
        path: str,
        body: Any,
        request_id: str | None = None,
        retry_after: float | None = None,
        operation: str | None = None,
    ) -> None:
        self.status = status
        self.method = method
        self.path = path
        self.body = body
        self.request_id = request_id
        self.retry_after = retry_after
        self.operation = operation
        """The spec's operationId of the call, when it was a bound operation or a known path."""
        super().__init__(self._describe())

    @property
    def message(self) -> str | None:
        """The API's own explanation, when the body has one."""
        if isinstance(self.body, dict):
            for key in ("message", "error"):
                if isinstance(self.body.get(key), str):
                    return str(self.body[key])
            errors = self.body.get("errors")
            if isinstance(errors, list) and errors and isinstance(errors[0], dict):
                first = errors[0].get("title") or errors[0].get("detail")
                return str(first) if first is not None else None
        if isinstance(self.body, str) and self.body.strip():
            return self.body.strip()[:200]
        return None

    def _describe(self) -> str:
        text = f"{_call(self.method, self.path, self.operation)} -> HTTP {self.status}"
        if self.message:
            text += f": {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class BadRequestError(APIStatusError):
    """400: the request is malformed."""


class AuthenticationError(APIStatusError):
    """The API refused the token: 401, or 403 (`PermissionDeniedError`, a subclass).

    Catch this for a wrong token. ActiveCampaign answers a wrong or revoked token with 403, not 401,
    and answers 403 as well to a valid token whose user may not do what was asked: the two cannot be
    told apart on the wire, so both are `PermissionDeniedError`, and both are an `AuthenticationError`
    (the token is not good for this request). `status` says which code the API sent.
    """


class PermissionDeniedError(AuthenticationError):
    """403: what ActiveCampaign answers to a wrong token, and to a token whose user may not do this.

    A subclass of `AuthenticationError`, so `except AuthenticationError` catches a wrong token.
    """


class NotFoundError(APIStatusError):
    """404: no such object."""


class UnprocessableEntityError(APIStatusError):
    """422: validation failed; `errors` lists each problem."""

    @property
    def errors(self) -> list[ErrorItem]:
        raw = self.body.get("errors") if isinstance(self.body, dict) else None
        if not isinstance(raw, list):
            return []
        items = []
        for entry in raw:
            if not isinstance(entry, dict):
                continue
            source = entry.get("source")
            pointer = source.get("pointer") if isinstance(source, dict) else None
            items.append(
                ErrorItem(
                    title=_text(entry.get("title")),
                    detail=_text(entry.get("detail")),
                    code=_text(entry.get("code")),
                    source_pointer=_text(pointer),
                )
            )
        return items


class RateLimitError(APIStatusError):
    """429: over the account's rate limit; `retry_after` says how long to wait, when the API says."""


class InternalServerError(APIStatusError):
    """5xx: the API (or a gateway in front of it) failed."""


class RedirectError(APIStatusError):
    """3xx: the API answered with a redirect, which the SDK never follows: the `Api-Token` header would
    go along to wherever it points."""

    def _describe(self) -> str:
        return f"{_call(self.method, self.path, self.operation)} -> HTTP {self.status}: redirect not followed"


class UnexpectedStatusError(APIStatusError):
    """A status the operation does not document as success, and no other class covers (e.g. an undocumented 2xx)."""


class ResponseParseError(ActiveCampaignError):
    """A success response whose body is no JSON or does not fit the operation's model (the spec and the API disagree).

    `reason` says which, e.g. "body is not JSON: Input data was truncated".
    """

    def __init__(
        self, status: int, *, method: str, path: str, body: Any, reason: str, operation: str | None = None
    ) -> None:
        super().__init__(f"{_call(method, path, operation)} -> HTTP {status}: {reason}")
        self.status = status
        self.method = method
        self.path = path
        self.body = body
        self.reason = reason
        self.operation = operation


class ResponseDecodingError(ResponseParseError):
    """The body cannot be decoded as its `Content-Encoding` says (e.g. `gzip` over bytes that are not gzip).

    A parse error, not a connection error: the server answered and the whole body arrived, so sending
    again (connection errors are retried) would bring the same undecodable bytes. `body` is None.
    """


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


# The longest wait `parse_retry_after` reports. The retry policy decides apart whether to wait that long
# (`retries.MAX_RETRY_AFTER`); this bound only keeps absurd values (1e999, a date in year 9999) finite.
RETRY_AFTER_CAP = 86400.0


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header, between 0 and `RETRY_AFTER_CAP`; None when absent or unreadable.

    Takes delta-seconds and an HTTP date in any zone; never raises, whatever the header holds.
    """
    if not value or not isinstance(value, str):
        return None
    seconds: float | None
    try:
        seconds = float(value)
    except ValueError:
        seconds = _seconds_until(value)
    if seconds is None or math.isnan(seconds):
        return None
    return min(RETRY_AFTER_CAP, max(0.0, seconds))


def _seconds_until(http_date: str) -> float | None:
    from email.utils import parsedate_to_datetime  # rarely needed, and slow to import

    try:
        when = parsedate_to_datetime(http_date)
        if when.tzinfo is None:  # a `-0000` zone: RFC 5322's "UTC, source zone unknown"
            when = when.replace(tzinfo=UTC)
        return (when - datetime.now(UTC)).total_seconds()
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


def parse_body(response: httpx.Response) -> Any:
    """The JSON body when there is one, else the text (gateways answer 502s in HTML, and JSON nested too
    deeply to decode safely is kept as text too)."""
    return body_of(response.content, response.encoding or "utf-8")


def body_of(content: bytes, encoding: str = "utf-8") -> Any:
    """`parse_body` of a body's bytes: decoded JSON, else its text, None when empty."""
    if not content:
        return None
    from .bodies import decode_json

    try:
        return decode_json(content)
    except BodyDecodeError:
        return content.decode(encoding, errors="replace")


def error_class(status: int) -> type[APIStatusError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return InternalServerError
    if 300 <= status < 400:
        return RedirectError
    return UnexpectedStatusError


def error_from_response(
    response: httpx.Response, *, method: str, path: str, operation: str | None = None
) -> APIStatusError:
    request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    return error_class(response.status_code)(
        response.status_code,
        method=method,
        path=path,
        body=parse_body(response),
        request_id=request_id,
        retry_after=parse_retry_after(response.headers.get("retry-after")),
        operation=operation,
    )
