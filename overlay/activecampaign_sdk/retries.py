"""When and how long to wait before sending a request again.

Only idempotent requests are retried: GET, HEAD, OPTIONS, PUT, DELETE, and
the operations the spec marks `x-idempotent: true` (for example POST
/contact/sync). A create is never sent twice by the SDK: a timeout after the
server acted on it would leave a duplicate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import APIConnectionError, APIStatusError

if TYPE_CHECKING:
    from tenacity import RetryCallState

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
# Longest Retry-After the SDK waits out; a longer one raises the RateLimitError at once.
MAX_RETRY_AFTER = 60.0
# The most one call spends on attempts and waits: no retry starts, and no wait begins that would end, later.
MAX_RETRY_TIME = 120.0


def is_idempotent(method: str, path: str) -> bool:
    """Whether `method path` (a concrete path relative to /api/3) is safe to send again, as its route says."""
    from activecampaign_api.routes import find_route

    route = find_route(method, path)
    return route.idempotent if route is not None else method.upper() in IDEMPOTENT_METHODS


def is_transient(error: BaseException) -> bool:
    """A failure that may pass on a second try soon enough to wait for it."""
    if isinstance(error, APIConnectionError):
        return True
    if isinstance(error, APIStatusError) and error.retry_after is not None and error.retry_after > MAX_RETRY_AFTER:
        return False  # asked to come back in minutes: the caller decides, not a sleeping thread
    return isinstance(error, APIStatusError) and error.status in RETRYABLE_STATUSES


class Backoff:
    """Retry-After when the answer carries one (a 429, or the 503 the API also sends past its rate
    limit), else exponential backoff with full jitter."""

    def __init__(self, initial: float = 0.5, maximum: float = 20.0) -> None:
        from tenacity import wait_random_exponential

        self._exponential = wait_random_exponential(multiplier=initial, max=maximum)

    def __call__(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, APIStatusError) and error.retry_after is not None:
            return error.retry_after
        return float(self._exponential(state))
