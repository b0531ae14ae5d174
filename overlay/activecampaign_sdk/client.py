"""`ActiveCampaign`: one account, every operation of the spec bound by tag.

    with ActiveCampaign("https://youraccount.api-us1.com", token) as ac:
        tags = ac.tags.list_tags(filters_search_eq="vip")
        for contact in ac.paginate(ac.contacts.list_contacts, page_size=100):
            ...

The tag attributes (`ac.contacts`, `ac.tags`, ...) are generated from the
spec (`activecampaign_api.operations.Operations`); each call is rate limited,
retried when safe, logged, and returns the parsed 2xx model or raises an
`activecampaign_sdk.errors.ActiveCampaignError`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Self

import httpx
from activecampaign_api import Client
from activecampaign_api.operations import Operations

from .auth import ApiTokenAuth
from .base_url import normalize_base_url
from .bulk_import import BulkImport, ImportPolicy
from .contact_helpers import ContactHelpers
from .crm_helpers import CrmHelpers
from .errors import parse_body
from .pagination import paginate
from .rate_limit import DEFAULT_RATE, RateLimiter, shared_import_limiter, shared_limiter
from .retries import Backoff
from .sending import Sender
from .webhook_helpers import WebhookHelpers

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
ENV_URL, ENV_TOKEN = "AC_API_URL", "AC_API_TOKEN"


def env_credentials() -> tuple[str, str]:
    missing = [name for name in (ENV_URL, ENV_TOKEN) if not os.environ.get(name)]
    if missing:
        raise ValueError(f"environment variable(s) not set: {', '.join(missing)}")
    return os.environ[ENV_URL], os.environ[ENV_TOKEN]


def relative_path(path: str) -> str:
    """A path under /api/3 for `request()`; full URLs are refused so the token never goes to another host."""
    if "://" in path or path.startswith("//"):
        raise ValueError(f"request() takes a path relative to /api/3 such as '/contacts', not a URL: {path!r}")
    return "/" + path.lstrip("/").removeprefix("api/3/")


def resolve_limiter(base_url: str, rate_limit: float, limiter: RateLimiter | None) -> RateLimiter:
    if limiter is not None:
        return limiter
    host = httpx.URL(base_url).host
    return shared_limiter(host, rate_limit)


def resolve_import_limiter(base_url: str, limiter: RateLimiter | None) -> RateLimiter:
    return limiter if limiter is not None else shared_import_limiter(httpx.URL(base_url).host)


def request_kwargs(params: dict[str, Any] | None, json: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if params is not None:
        kwargs["params"] = params
    if json is not None:
        kwargs["json"] = json
    return kwargs


class ActiveCampaign(ContactHelpers, CrmHelpers, BulkImport, WebhookHelpers):
    """A client bound to one ActiveCampaign account.

    `rate_limit` is requests per second, shared by every client of the same
    account in this process (`limiter` replaces it, e.g. with a Redis limiter
    shared across processes). `max_retries` applies to idempotent requests
    only, waiting as `backoff` says (default: Retry-After on a 429, else
    exponential backoff with jitter). `bulk_import` also takes a permit of
    `import_limiter` (default: 100 imports per minute, shared per account) and
    waits and polls as `import_policy` says. With `httpx_client`, the SDK sets that client's `base_url` and
    `auth`; its timeout, transport and lifetime stay the caller's.
    """

    def __init__(
        self,
        base_url: str,
        api_token: str,
        *,
        rate_limit: float = DEFAULT_RATE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        limiter: RateLimiter | None = None,
        httpx_client: httpx.Client | None = None,
        backoff: Backoff | None = None,
        import_limiter: RateLimiter | None = None,
        import_policy: ImportPolicy | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.auth = auth = ApiTokenAuth(api_token)
        self._owns_http = httpx_client is None
        if httpx_client is None:
            http = httpx.Client(base_url=self.base_url, auth=auth, timeout=httpx.Timeout(timeout))
        else:
            http = httpx_client
            http.base_url = httpx.URL(self.base_url)
            http.auth = auth
        self.limiter = resolve_limiter(self.base_url, rate_limit, limiter)
        self.import_limiter = resolve_import_limiter(self.base_url, import_limiter)
        self.import_policy = import_policy or ImportPolicy()
        # The generated client, sharing this connection pool, auth and timeout. Calls
        # made through it directly skip the SDK's limiter, retries and typed errors.
        self.api = Client(base_url=self.base_url, timeout=http.timeout).set_httpx_client(http)
        self._sender = Sender(
            http,
            api_path=httpx.URL(self.base_url).path,
            limiter=self.limiter,
            max_retries=max_retries,
            parse_client=self.api,
            wait=backoff,
        )
        Operations.__init__(self, self._sender)

    @classmethod
    def from_env(cls, **options: Any) -> Self:
        """Build a client from `AC_API_URL` and `AC_API_TOKEN`; keyword options as for the constructor."""
        url, token = env_credentials()
        return cls(url, token, **options)

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None, json: Any = None) -> Any:
        """Call any endpoint (path relative to /api/3); returns the parsed JSON body, None when empty.

        The limiter, the retry policy and typed errors apply as for bound operations.
        """
        response = self._sender.send(method, relative_path(path), **request_kwargs(params, json))
        return parse_body(response)

    def paginate(self, operation: Callable[..., object], *, page_size: int = 100, **params: Any) -> Iterator[Any]:
        """Every item of a list operation (e.g. `ac.contacts.list_contacts`), fetched `page_size` at a time."""
        return paginate(operation, page_size, params)

    def close(self) -> None:
        if self._owns_http:
            self._sender.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ActiveCampaign(base_url={self.base_url!r})"
