"""The `contact_tags` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.contact_tag_create_request import ContactTagCreateRequest
    from ...models.contact_tag_envelope import ContactTagEnvelope
    from ...models.contact_tag_list import ContactTagList
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_contact_tags_include_item import (
        ListContactTagsIncludeItem,
        check_list_contact_tags_include_item,
    )
    from .. import AsyncCaller, Caller


class ContactTagsOperations:
    """The `contact_tags` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_contact_tags(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        include: list[ListContactTagsIncludeItem] | Unset = UNSET,
    ) -> ContactTagList:
        """List the tags of every contact

        `GET /contactTags`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_tags`). Items are shaped like those of `GET /contacts/{id}/contactTags`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            include: Related records to side-load, comma-separated: `tag`, `contact`. The answer then
                carries `tags` and `contacts` arrays beside `contactTags`.

        """
        from . import list_contact_tags as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            include=include,
        )
        return cast("ContactTagList", self._caller.call(_operation.ROUTE, request))

    def create_contact_tag(
        self,
        *,
        body: ContactTagCreateRequest,
    ) -> ContactTagEnvelope:
        """Tag a contact

        `POST /contactTags`

        Args:
            body:

        """
        from . import create_contact_tag as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactTagEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_contact_tag(
        self,
        id: str,
    ) -> ContactTagEnvelope:
        """Retrieve one contact tag

        `GET /contactTags/{id}`

        Not in the public reference (x-undocumented); served by the API and used by existing clients.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_tag as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactTagEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_contact_tag(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Remove a tag from a contact

        `DELETE /contactTags/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_contact_tag as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def list_contact_contact_tags(
        self,
        id: str,
    ) -> ContactTagList:
        """List the tags applied to a contact

        `GET /contacts/{id}/contactTags`

        Not in the public reference (x-undocumented); served by the API and used by existing clients. `id`
        is the contact's id.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_contact_tags as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactTagList", self._caller.call(_operation.ROUTE, request))


class AsyncContactTagsOperations:
    """The `contact_tags` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_contact_tags(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        include: list[ListContactTagsIncludeItem] | Unset = UNSET,
    ) -> ContactTagList:
        """List the tags of every contact

        `GET /contactTags`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_tags`). Items are shaped like those of `GET /contacts/{id}/contactTags`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            include: Related records to side-load, comma-separated: `tag`, `contact`. The answer then
                carries `tags` and `contacts` arrays beside `contactTags`.

        """
        from . import list_contact_tags as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            include=include,
        )
        return cast("ContactTagList", await self._caller.call(_operation.ROUTE, request))

    async def create_contact_tag(
        self,
        *,
        body: ContactTagCreateRequest,
    ) -> ContactTagEnvelope:
        """Tag a contact

        `POST /contactTags`

        Args:
            body:

        """
        from . import create_contact_tag as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactTagEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_contact_tag(
        self,
        id: str,
    ) -> ContactTagEnvelope:
        """Retrieve one contact tag

        `GET /contactTags/{id}`

        Not in the public reference (x-undocumented); served by the API and used by existing clients.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_tag as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactTagEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_contact_tag(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Remove a tag from a contact

        `DELETE /contactTags/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_contact_tag as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_contact_tags(
        self,
        id: str,
    ) -> ContactTagList:
        """List the tags applied to a contact

        `GET /contacts/{id}/contactTags`

        Not in the public reference (x-undocumented); served by the API and used by existing clients. `id`
        is the contact's id.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_contact_tags as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactTagList", await self._caller.call(_operation.ROUTE, request))
