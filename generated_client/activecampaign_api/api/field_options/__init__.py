"""The `field_options` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.field_option_bulk_error import FieldOptionBulkError
    from ...models.field_option_bulk_request import FieldOptionBulkRequest
    from ...models.field_option_envelope import FieldOptionEnvelope
    from ...models.field_option_list import FieldOptionList
    from .. import AsyncCaller, Caller


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
        from . import list_field_options as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldOptionList", self._caller.call(_operation.ROUTE, request))

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
        from . import bulk_create_field_options as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldOptionList", self._caller.call(_operation.ROUTE, request))

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
        from . import get_field_option as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldOptionEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_field_option(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete one option of a choice field

        `DELETE /fieldOptions/{id}`

        Undocumented: not in the public v3 reference, but used by existing clients. Answers like other
        deletions, with an empty object.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field_option as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

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
        from . import bulk_create_field_options_plural as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldOptionList", self._caller.call(_operation.ROUTE, request))


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
        from . import list_field_options as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldOptionList", await self._caller.call(_operation.ROUTE, request))

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
        from . import bulk_create_field_options as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldOptionList", await self._caller.call(_operation.ROUTE, request))

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
        from . import get_field_option as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FieldOptionEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_field_option(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete one option of a choice field

        `DELETE /fieldOptions/{id}`

        Undocumented: not in the public v3 reference, but used by existing clients. Answers like other
        deletions, with an empty object.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_field_option as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

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
        from . import bulk_create_field_options_plural as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FieldOptionList", await self._caller.call(_operation.ROUTE, request))
