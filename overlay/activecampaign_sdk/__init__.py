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
from ._sync.client import ActiveCampaign
from .bulk_import import BulkImportResult, ImportPolicy, ImportProgress, ImportRow, RowOutcome
from .contact_requests import BatchFailure, BatchResult, ContactRow
from .pagination import Page
from .pipeline import RawResponse
from .rate_limit import NoRateLimit, RateLimiter, TokenBucketLimiter
from .sideload import related

if TYPE_CHECKING:
    from . import webhook_events
    from ._async.client import AsyncActiveCampaign
    from ._async.pagination import AsyncPaginator
    from ._sync.pagination import Paginator

    __version__: str


if not TYPE_CHECKING:  # type checkers see the imports above; a misspelled name is an error

    def __getattr__(name: str) -> object:
        # Loaded on first use, to keep `import activecampaign_sdk` cheap for the common, synchronous
        # case: the asyncio client pulls in asyncio, and importlib.metadata alone would nearly double
        # the import time.
        import importlib

        if name == "AsyncActiveCampaign":
            value: object = importlib.import_module("._async.client", __name__).AsyncActiveCampaign
        elif name == "AsyncPaginator":
            value = importlib.import_module("._async.pagination", __name__).AsyncPaginator
        elif name == "Paginator":
            value = importlib.import_module("._sync.pagination", __name__).Paginator
        elif name == "webhook_events":  # what ActiveCampaign posts: only a webhook receiver needs it
            return importlib.import_module(".webhook_events", __name__)
        elif name == "__version__":
            value = importlib.import_module("importlib.metadata").version("activecampaign-sdk")
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value


__all__ = [
    "ActiveCampaign",
    "AsyncActiveCampaign",
    "AsyncPaginator",
    "BatchFailure",
    "BatchResult",
    "BulkImportResult",
    "ContactRow",
    "ImportPolicy",
    "ImportProgress",
    "ImportRow",
    "NoRateLimit",
    "Page",
    "Paginator",
    "RateLimiter",
    "RawResponse",
    "RowOutcome",
    "TokenBucketLimiter",
    "__version__",
    "errors",
    "related",
    "webhook_events",
]
