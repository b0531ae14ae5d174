"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.field_option_bulk_error import FieldOptionBulkError
from ...models.field_option_bulk_request import FieldOptionBulkRequest
from ...models.field_option_envelope import FieldOptionEnvelope
from ...models.field_option_list import FieldOptionList
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import bulk_create_field_options as _bulk_create_field_options
from . import bulk_create_field_options_plural as _bulk_create_field_options_plural
from . import delete_field_option as _delete_field_option
from . import get_field_option as _get_field_option
from . import list_field_options as _list_field_options


class FieldOptionsOperations:
    """The `field_options` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_field_options(
        self,
        id: str,
    ) -> FieldOptionList:
        """List the options of a choice field

        `GET /fields/{id}/options`

        Undocumented: not in the public v3 reference, but used by existing clients (it is the `options` link
        of every field). The response shape is inferred from the options embedded in field responses.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _list_field_options._get_kwargs(
            id=id,
        )
        return cast(FieldOptionList, self._caller.call(request, _list_field_options._parse_response, (200,)))

    def bulk_create_field_options(
        self,
        *,
        body: FieldOptionBulkRequest,
    ) -> FieldOptionList:
        """Add several options to dropdown, radio, checkbox or listbox fields

        `POST /fieldOption/bulk`

        Args:
            body:

        """
        request = _bulk_create_field_options._get_kwargs(
            body=body,
        )
        return cast(FieldOptionList, self._caller.call(request, _bulk_create_field_options._parse_response, (200, 201)))

    def get_field_option(
        self,
        id: str,
    ) -> FieldOptionEnvelope:
        """Retrieve one option of a choice field

        `GET /fieldOptions/{id}`

        Undocumented: not in the public v3 reference, but used by existing clients. The response shape is
        inferred from the options the bulk create returns.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_field_option._get_kwargs(
            id=id,
        )
        return cast(FieldOptionEnvelope, self._caller.call(request, _get_field_option._parse_response, (200,)))

    def delete_field_option(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete one option of a choice field

        `DELETE /fieldOptions/{id}`

        Undocumented: not in the public v3 reference, but used by existing clients. Answers like other
        deletions, with an empty object.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_field_option._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_field_option._parse_response, (200,)))

    def bulk_create_field_options_plural(
        self,
        *,
        body: FieldOptionBulkRequest,
    ) -> FieldOptionList:
        """Add several options to fields (plural path)

        `POST /fieldOptions/bulk`

        Undocumented spelling of `POST /fieldOption/bulk`: called by ActiveCampaign's own MCP server (ac-
        mcp-server 0.12, `ac_client.py`). Same body and answer as the documented path.

        Args:
            body:

        """
        request = _bulk_create_field_options_plural._get_kwargs(
            body=body,
        )
        return cast(
            FieldOptionList, self._caller.call(request, _bulk_create_field_options_plural._parse_response, (200, 201))
        )


class AsyncFieldOptionsOperations:
    """The `field_options` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_field_options(
        self,
        id: str,
    ) -> FieldOptionList:
        """List the options of a choice field

        `GET /fields/{id}/options`

        Undocumented: not in the public v3 reference, but used by existing clients (it is the `options` link
        of every field). The response shape is inferred from the options embedded in field responses.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _list_field_options._get_kwargs(
            id=id,
        )
        return cast(FieldOptionList, await self._caller.call(request, _list_field_options._parse_response, (200,)))

    async def bulk_create_field_options(
        self,
        *,
        body: FieldOptionBulkRequest,
    ) -> FieldOptionList:
        """Add several options to dropdown, radio, checkbox or listbox fields

        `POST /fieldOption/bulk`

        Args:
            body:

        """
        request = _bulk_create_field_options._get_kwargs(
            body=body,
        )
        return cast(
            FieldOptionList, await self._caller.call(request, _bulk_create_field_options._parse_response, (200, 201))
        )

    async def get_field_option(
        self,
        id: str,
    ) -> FieldOptionEnvelope:
        """Retrieve one option of a choice field

        `GET /fieldOptions/{id}`

        Undocumented: not in the public v3 reference, but used by existing clients. The response shape is
        inferred from the options the bulk create returns.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_field_option._get_kwargs(
            id=id,
        )
        return cast(FieldOptionEnvelope, await self._caller.call(request, _get_field_option._parse_response, (200,)))

    async def delete_field_option(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete one option of a choice field

        `DELETE /fieldOptions/{id}`

        Undocumented: not in the public v3 reference, but used by existing clients. Answers like other
        deletions, with an empty object.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_field_option._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_field_option._parse_response, (200,)))

    async def bulk_create_field_options_plural(
        self,
        *,
        body: FieldOptionBulkRequest,
    ) -> FieldOptionList:
        """Add several options to fields (plural path)

        `POST /fieldOptions/bulk`

        Undocumented spelling of `POST /fieldOption/bulk`: called by ActiveCampaign's own MCP server (ac-
        mcp-server 0.12, `ac_client.py`). Same body and answer as the documented path.

        Args:
            body:

        """
        request = _bulk_create_field_options_plural._get_kwargs(
            body=body,
        )
        return cast(
            FieldOptionList,
            await self._caller.call(request, _bulk_create_field_options_plural._parse_response, (200, 201)),
        )
