"""`AsyncActiveCampaign`: the same surface as `ActiveCampaign`, every call awaitable."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import Any, Self

import httpx
from activecampaign_api import Client
from activecampaign_api.operations import AsyncOperations

from .async_contact_helpers import AsyncContactHelpers
from .async_crm_helpers import AsyncCrmHelpers
from .auth import ApiTokenAuth
from .base_url import normalize_base_url
from .bulk_import import AsyncBulkImport, ImportPolicy
from .client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    env_credentials,
    relative_path,
    request_kwargs,
    resolve_import_limiter,
    resolve_limiter,
)
from .errors import parse_body
from .pagination import paginate_async
from .rate_limit import DEFAULT_RATE, RateLimiter
from .retries import Backoff
from .sending import AsyncSender
from .webhook_helpers import AsyncWebhookHelpers


class AsyncActiveCampaign(AsyncContactHelpers, AsyncCrmHelpers, AsyncBulkImport, AsyncWebhookHelpers):
    """A client bound to one ActiveCampaign account, for asyncio. See `ActiveCampaign`."""

    def __init__(
        self,
        base_url: str,
        api_token: str,
        *,
        rate_limit: float = DEFAULT_RATE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        limiter: RateLimiter | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        backoff: Backoff | None = None,
        import_limiter: RateLimiter | None = None,
        import_policy: ImportPolicy | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.auth = auth = ApiTokenAuth(api_token)
        self._owns_http = httpx_client is None
        if httpx_client is None:
            http = httpx.AsyncClient(base_url=self.base_url, auth=auth, timeout=httpx.Timeout(timeout))
        else:
            http = httpx_client
            http.base_url = httpx.URL(self.base_url)
            http.auth = auth
        self.limiter = resolve_limiter(self.base_url, rate_limit, limiter)
        self.import_limiter = resolve_import_limiter(self.base_url, import_limiter)
        self.import_policy = import_policy or ImportPolicy()
        # The generated client (use its `asyncio` functions), sharing this connection pool;
        # calls made through it directly skip the SDK's limiter, retries and typed errors.
        self.api = Client(base_url=self.base_url, timeout=http.timeout).set_async_httpx_client(http)
        self._sender = AsyncSender(
            http,
            api_path=httpx.URL(self.base_url).path,
            limiter=self.limiter,
            max_retries=max_retries,
            parse_client=self.api,
            wait=backoff,
        )
        AsyncOperations.__init__(self, self._sender)

    @classmethod
    def from_env(cls, **options: Any) -> Self:
        """Build a client from `AC_API_URL` and `AC_API_TOKEN`; keyword options as for the constructor."""
        url, token = env_credentials()
        return cls(url, token, **options)

    async def request(self, method: str, path: str, *, params: dict[str, Any] | None = None, json: Any = None) -> Any:
        """Call any endpoint (path relative to /api/3); returns the parsed JSON body, None when empty."""
        response = await self._sender.send(method, relative_path(path), **request_kwargs(params, json))
        return parse_body(response)

    def paginate(
        self, operation: Callable[..., Awaitable[object]], *, page_size: int = 100, **params: Any
    ) -> AsyncIterator[Any]:
        """Every item of a list operation, for `async for`, fetched `page_size` at a time."""
        return paginate_async(operation, page_size, params)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._sender.http.aclose()

    async def close(self) -> None:
        """The same as `aclose()`, so both clients close with `close()`."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncActiveCampaign(base_url={self.base_url!r})"
