"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.branding_envelope import BrandingEnvelope
from ...models.branding_list import BrandingList
from ...models.branding_update_request import BrandingUpdateRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import get_branding as _get_branding
from . import list_brandings as _list_brandings
from . import update_branding as _update_branding


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
        request = _list_brandings._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(BrandingList, self._caller.call(request, _list_brandings._parse_response, (200,)))

    def get_branding(
        self,
        id: str,
    ) -> BrandingEnvelope:
        """Retrieve a branding

        `GET /brandings/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_branding._get_kwargs(
            id=id,
        )
        return cast(BrandingEnvelope, self._caller.call(request, _get_branding._parse_response, (200,)))

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
        request = _update_branding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(BrandingEnvelope, self._caller.call(request, _update_branding._parse_response, (200,)))


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
        request = _list_brandings._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(BrandingList, await self._caller.call(request, _list_brandings._parse_response, (200,)))

    async def get_branding(
        self,
        id: str,
    ) -> BrandingEnvelope:
        """Retrieve a branding

        `GET /brandings/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_branding._get_kwargs(
            id=id,
        )
        return cast(BrandingEnvelope, await self._caller.call(request, _get_branding._parse_response, (200,)))

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
        request = _update_branding._get_kwargs(
            id=id,
            body=body,
        )
        return cast(BrandingEnvelope, await self._caller.call(request, _update_branding._parse_response, (200,)))
