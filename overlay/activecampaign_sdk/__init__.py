"""Typed client for the ActiveCampaign v3 API.

`ActiveCampaign` (and `AsyncActiveCampaign`) bind every operation of the spec
by tag (`ac.contacts.create_contact(...)`), with rate limiting, retries,
timeouts, logging and typed errors; the generated package `activecampaign_api`
stays available as `ac.api`.
"""

import importlib.metadata

from . import errors, webhooks
from .async_client import AsyncActiveCampaign
from .bulk_import import BulkImportResult, ImportPolicy, ImportProgress, RowOutcome
from .client import ActiveCampaign
from .rate_limit import NoRateLimit, RateLimiter, TokenBucketLimiter

__version__ = importlib.metadata.version("activecampaign-sdk")

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
