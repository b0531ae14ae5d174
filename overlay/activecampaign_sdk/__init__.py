"""Typed client for the ActiveCampaign v3 API.

`ActiveCampaign` (and `AsyncActiveCampaign`) bind every operation of the spec by tag
(`ac.contacts.create_contact(...)`), with rate limiting, retries, timeouts, logging and typed
errors, and add helpers for the common jobs (`ac.upsert_contact`, `ac.bulk_import`,
`ac.find_or_create_tag`, ...). `ac.raw(operation, ...)` gives a response's status and headers,
`ac.paginate(operation, ...)` every item of a list, `ac.with_options(...)` other timeouts,
retries or headers for some calls.
"""

from typing import TYPE_CHECKING

from . import errors
from . import logs as logs  # on import: the logger's NullHandler, and ACTIVECAMPAIGN_LOG

# The error classes, where users of other SDKs look (`from activecampaign_sdk import NotFoundError`): the
# errors module is imported anyway, so naming them here costs nothing.
from .errors import (
    ActiveCampaignError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BodyDecodeError,
    EventLoopError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RateLimiterUnavailableError,
    RedirectError,
    ResponseDecodingError,
    ResponseParseError,
    ResponseTooLargeError,
    SegmentMatchError,
    UnexpectedStatusError,
    UnprocessableEntityError,
    WebhookParseError,
)

if TYPE_CHECKING:  # type checkers (and readers) see every public name as a plain import
    from . import webhook_events
    from ._async.client import AsyncActiveCampaign
    from ._async.pagination import AsyncPaginator
    from ._sync.client import ActiveCampaign
    from ._sync.pagination import Paginator
    from .bulk_import import BulkImportResult, ImportPolicy, ImportProgress, ImportRow, RowOutcome
    from .contact_requests import BatchFailure, BatchResult, ContactRow
    from .pagination import Page
    from .pipeline import RawResponse
    from .rate_limit import NoRateLimit, RateLimiter, TokenBucketLimiter
    from .sideload import related

    __version__: str

# Where each public name lives; it is imported on first use (PEP 562), so `import activecampaign_sdk`
# costs httpx and the errors, and a client's machinery (attrs, tenacity, the pipeline, the helpers,
# asyncio for the async client) loads when `ActiveCampaign` is first named.
_LAZY = {
    "ActiveCampaign": "._sync.client",
    "AsyncActiveCampaign": "._async.client",
    "AsyncPaginator": "._async.pagination",
    "Paginator": "._sync.pagination",
    "BulkImportResult": ".bulk_import",
    "ImportPolicy": ".bulk_import",
    "ImportProgress": ".bulk_import",
    "ImportRow": ".bulk_import",
    "RowOutcome": ".bulk_import",
    "BatchFailure": ".contact_requests",
    "BatchResult": ".contact_requests",
    "ContactRow": ".contact_requests",
    "Page": ".pagination",
    "RawResponse": ".pipeline",
    "NoRateLimit": ".rate_limit",
    "RateLimiter": ".rate_limit",
    "TokenBucketLimiter": ".rate_limit",
    "related": ".sideload",
}

if not TYPE_CHECKING:  # type checkers see the imports above; a misspelled name is an error

    def __getattr__(name: str) -> object:
        import importlib

        if name in _LAZY:
            value: object = getattr(importlib.import_module(_LAZY[name], __name__), name)
        elif name == "webhook_events":  # what ActiveCampaign posts: only a webhook receiver needs it
            return importlib.import_module(".webhook_events", __name__)
        elif name == "__version__":
            value = importlib.import_module("importlib.metadata").version("activecampaign-sdk")
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ActiveCampaign",
    "ActiveCampaignError",
    "AsyncActiveCampaign",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BatchFailure",
    "BatchResult",
    "BodyDecodeError",
    "BulkImportResult",
    "ContactRow",
    "EventLoopError",
    "ImportPolicy",
    "ImportProgress",
    "ImportRow",
    "InternalServerError",
    "InvalidInputError",
    "NoRateLimit",
    "NotFoundError",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RawResponse",
    "RedirectError",
    "ResponseDecodingError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "RowOutcome",
    "SegmentMatchError",
    "TokenBucketLimiter",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "WebhookParseError",
    "__version__",
    "errors",
    "related",
    "webhook_events",
]
