"""Typed client for the ActiveCampaign v3 API.

`ActiveCampaign` (and `AsyncActiveCampaign`) bind every operation of the spec
by tag (`ac.contacts.create_contact(...)`), with rate limiting, retries,
timeouts, logging and typed errors; the generated package `activecampaign_api`
stays available as `ac.api`.
"""

from typing import TYPE_CHECKING

from . import errors
from . import logs as logs  # on import: the logger's NullHandler, and ACTIVECAMPAIGN_LOG
from .bulk_import import BulkImportResult, ImportPolicy, ImportProgress, RowOutcome
from .client import ActiveCampaign
from .rate_limit import NoRateLimit, RateLimiter, TokenBucketLimiter

if TYPE_CHECKING:
    from . import webhooks
    from .async_client import AsyncActiveCampaign

    __version__: str


def __getattr__(name: str) -> object:
    # Loaded on first use, to keep `import activecampaign_sdk` cheap for the common, synchronous
    # case: the asyncio client pulls in asyncio and its own helper modules, and importlib.metadata
    # alone would nearly double the import time.
    if name == "AsyncActiveCampaign":
        from .async_client import AsyncActiveCampaign

        globals()[name] = AsyncActiveCampaign
        return AsyncActiveCampaign
    if name == "webhooks":  # what ActiveCampaign posts: only a webhook receiver needs it
        import importlib

        return importlib.import_module(".webhooks", __name__)
    if name == "__version__":
        import importlib.metadata

        version = globals()["__version__"] = importlib.metadata.version("activecampaign-sdk")
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ActiveCampaign",
    "AsyncActiveCampaign",
    "BulkImportResult",
    "ImportPolicy",
    "ImportProgress",
    "NoRateLimit",
    "RateLimiter",
    "RowOutcome",
    "TokenBucketLimiter",
    "__version__",
    "errors",
    "webhooks",
]
