"""The `brandings` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.branding_envelope import BrandingEnvelope
    from ...models.branding_list import BrandingList
    from ...models.branding_update_request import BrandingUpdateRequest
    from ...models.error_response import ErrorResponse
    from .. import AsyncCaller, Caller


class BrandingsOperations:
    """The `brandings` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_brandings(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> BrandingList:
        """List brandings

        `GET /brandings`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_brandings as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("BrandingList", self._caller.call(_operation.ROUTE, request))

    def get_branding(
        self,
        id: str,
    ) -> BrandingEnvelope:
        """Retrieve a branding

        `GET /brandings/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_branding as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("BrandingEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_branding(
        self,
        id: str,
        *,
        body: BrandingUpdateRequest,
    ) -> BrandingEnvelope:
        """Change a branding's names, logos, header, footer or templates

        `PUT /brandings/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_branding as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("BrandingEnvelope", self._caller.call(_operation.ROUTE, request))


class AsyncBrandingsOperations:
    """The `brandings` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_brandings(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> BrandingList:
        """List brandings

        `GET /brandings`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_brandings as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("BrandingList", await self._caller.call(_operation.ROUTE, request))

    async def get_branding(
        self,
        id: str,
    ) -> BrandingEnvelope:
        """Retrieve a branding

        `GET /brandings/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_branding as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("BrandingEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_branding(
        self,
        id: str,
        *,
        body: BrandingUpdateRequest,
    ) -> BrandingEnvelope:
        """Change a branding's names, logos, header, footer or templates

        `PUT /brandings/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_branding as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("BrandingEnvelope", await self._caller.call(_operation.ROUTE, request))
