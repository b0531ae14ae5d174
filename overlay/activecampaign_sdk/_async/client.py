"""`AsyncActiveCampaign`: one account, every operation of the spec bound by tag.

    async with AsyncActiveCampaign("https://youraccount.api-us1.com", token) as ac:
        tags = await ac.tags.list_tags(filters_search_eq="vip")
        async for contact in ac.paginate(ac.contacts.list_contacts, status=1):
            ...

The tag attributes (`ac.contacts`, `ac.tags`, ...) are generated from the spec; each call is
rate limited, retried when safe, logged, and returns the parsed 2xx model or raises an
`activecampaign_sdk.errors.ActiveCampaignError`.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, ParamSpec, Self, TypeVar, Unpack, cast, overload

import httpx
from activecampaign_api.operations import AsyncOperations

from ..base_client import BaseClient, ClientOptions, env_credentials, shared_ssl_context
from ..base_url import safe_relative_path
from ..checks import check_json, check_method, check_params
from ..connections import AsyncConnections
from ..errors import InvalidInputError
from ..pagination import AsyncOperation, ListPage
from ..pipeline import RawResponse, json_answer
from .bulk_import import AsyncBulkImport
from .changes import AsyncChangeHelpers
from .contacts import AsyncContactHelpers
from .crm import AsyncCrmHelpers
from .pagination import AsyncPaginator
from .segments import AsyncSegmentHelpers
from .sender import AsyncRawCaller, AsyncSender

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class AsyncActiveCampaign(
    BaseClient, AsyncContactHelpers, AsyncCrmHelpers, AsyncBulkImport, AsyncSegmentHelpers, AsyncChangeHelpers
):
    """A client bound to one ActiveCampaign account: every operation of the spec by tag, and helpers.

    `rate_limit` is requests per second, shared by every client of the same account in this
    process (`limiter` replaces it, e.g. with a Redis limiter shared across processes).
    `max_retries` applies to idempotent requests only (GET, PUT, DELETE and the operations the spec
    marks `x-idempotent`), waiting as `backoff` says: Retry-After when the API sends one, else
    exponential backoff with jitter; no retry starts after 120 s in all. `timeout` (seconds) bounds
    each attempt whole, a slowly sent body included (an `httpx.Timeout` sets each phase, connect,
    read, write and pool, and its longest phase bounds the attempt); a body larger than `max_response_bytes`
    (decoded) is refused while it streams. `bulk_import` also takes a permit of `import_limiter`
    (default: 100 imports per minute, shared per account) and waits and polls as `import_policy`
    says. With `httpx_client`, the SDK sets that client's `base_url` and `auth`; its transport and
    lifetime stay the caller's, and redirects are never followed whatever it is configured to do.
    """

    def __init__(
        self,
        base_url: str,
        api_token: str,
        *,
        httpx_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        if httpx_client is not None and not isinstance(httpx_client, httpx.AsyncClient):
            raise InvalidInputError(f"httpx_client must be an httpx.AsyncClient, got {type(httpx_client).__name__}")
        BaseClient.__init__(self, base_url, api_token, **options)
        if httpx_client is None:
            self._http = self._new_http()
            self._connections = AsyncConnections(self._http, owned=True, factory=self._new_http)
        else:
            self._http = self._adopt(httpx_client)
            self._connections = AsyncConnections(self._http, owned=False)
        self._bind()

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.base_url, auth=self.auth, verify=shared_ssl_context())

    def _bind(self) -> None:
        self._sender = AsyncSender(self._http, self._rules, self._connections)
        AsyncOperations.__init__(self, self._sender)

    @classmethod
    def from_env(cls, *, httpx_client: httpx.AsyncClient | None = None, **options: Unpack[ClientOptions]) -> Self:
        """A client for `AC_API_URL` and `AC_API_TOKEN`; keyword options as for the constructor."""
        url, token = env_credentials()
        return cls(url, token, httpx_client=httpx_client, **options)

    async def raw(self, operation: AsyncOperation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        """Call a bound operation and get its status and headers as well as the parsed body.

            response = await ac.raw(ac.contacts.get_contact, "42")
            response.status_code, response.headers["x-request-id"], response.parsed.contact

        The same pipeline as the plain call: limiter, retries, typed errors.
        """
        bound = self._rebound(operation, AsyncRawCaller(self._sender))
        return cast(RawResponse[R], await bound(*args, **kwargs))

    @overload
    def paginate(
        self, operation: AsyncOperation[P, ListPage[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncPaginator[T]: ...

    @overload
    def paginate(
        self, operation: AsyncOperation[P, ListPage[T]], /, page_size: int, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncPaginator[T]: ...

    def paginate(self, operation: AsyncOperation[..., ListPage[T]], /, *args: Any, **kwargs: Any) -> AsyncPaginator[T]:
        """Every item of a list operation, fetched page by page; the filters are the operation's own.

            async for contact in ac.paginate(ac.contacts.list_contacts, page_size=100, status=1):
                ...

        `page_size` is 1 to 100 (default 100, the API's maximum); `offset` where to start. With
        `page_size`, give path parameters by name (`contact_id=...`). `.pages()` yields the pages
        instead (items, offset, total, `has_more`).
        """
        return AsyncPaginator(operation, args, kwargs)

    async def request(self, method: str, path: str, *, params: dict[str, Any] | None = None, json: Any = None) -> Any:
        """Call any endpoint (path relative to /api/3); returns the parsed JSON body, None when empty.

        The limiter, the retry policy and typed errors apply as for bound operations. Refused before
        sending (`InvalidInputError`): a method that is no HTTP token, `json` that is no JSON data
        (NaN, infinity, a `Decimal`, an object, nesting past 256 levels), `params` values other than
        text, numbers, booleans or lists of them.
        """
        from activecampaign_api.routes import find_route

        method = check_method(method)
        kwargs: dict[str, Any] = {}
        if params is not None:
            check_params(params)
            kwargs["params"] = params
        if json is not None:
            check_json(json)
            kwargs["json"] = json
        relative = safe_relative_path(path)
        answer = await self._sender.send(find_route(method, relative), method, relative, **kwargs)
        return json_answer(answer)

    async def aclose(self) -> None:
        """Close the connections, unless they belong to an httpx client the caller passed."""
        if self._owns_http:
            await self._connections.aclose()

    close = aclose  # sync: drop (the async client closes with either name)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
