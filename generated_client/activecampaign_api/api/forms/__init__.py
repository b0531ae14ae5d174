"""The `forms` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.form_create_request import FormCreateRequest
    from ...models.form_envelope import FormEnvelope
    from ...models.form_list import FormList
    from ...models.form_optin_request import FormOptinRequest
    from ...models.form_optin_result import FormOptinResult
    from ...models.form_update_request import FormUpdateRequest
    from .. import AsyncCaller, Caller


class FormsOperations:
    """The `forms` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_forms(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> FormList:
        """List forms with their fields, styling and submission counts

        `GET /forms`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_forms as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("FormList", self._caller.call(_operation.ROUTE, request))

    def create_form(
        self,
        *,
        body: FormCreateRequest,
    ) -> FormEnvelope:
        """Create a form

        `POST /forms`

        The reference lists this call without a body or response; both are inferred from the form read calls
        (a wrapped `form` object each way).

        Args:
            body:

        """
        from . import create_form as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FormEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_form(
        self,
        id: str,
    ) -> FormEnvelope:
        """Retrieve a form

        `GET /forms/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_form as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FormEnvelope", self._caller.call(_operation.ROUTE, request))

    def update_form(
        self,
        id: str,
        *,
        body: FormUpdateRequest,
    ) -> FormEnvelope:
        """Change a form

        `PUT /forms/{id}`

        The reference lists this call without a body or response; both are inferred from the form read calls
        (a wrapped `form` object each way).

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_form as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("FormEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_form(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a form

        `DELETE /forms/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_form as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def set_form_optin(
        self,
        *,
        body: FormOptinRequest,
    ) -> FormOptinResult:
        """Turn on the opt-in (confirmation) email of a form

        `POST /form/optin`

        Takes the form id as a form field and answers with the id of the opt-in record.

        Args:
            body:

        """
        from . import set_form_optin as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FormOptinResult", self._caller.call(_operation.ROUTE, request))


class AsyncFormsOperations:
    """The `forms` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_forms(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> FormList:
        """List forms with their fields, styling and submission counts

        `GET /forms`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_forms as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("FormList", await self._caller.call(_operation.ROUTE, request))

    async def create_form(
        self,
        *,
        body: FormCreateRequest,
    ) -> FormEnvelope:
        """Create a form

        `POST /forms`

        The reference lists this call without a body or response; both are inferred from the form read calls
        (a wrapped `form` object each way).

        Args:
            body:

        """
        from . import create_form as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FormEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_form(
        self,
        id: str,
    ) -> FormEnvelope:
        """Retrieve a form

        `GET /forms/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_form as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("FormEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def update_form(
        self,
        id: str,
        *,
        body: FormUpdateRequest,
    ) -> FormEnvelope:
        """Change a form

        `PUT /forms/{id}`

        The reference lists this call without a body or response; both are inferred from the form read calls
        (a wrapped `form` object each way).

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_form as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("FormEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_form(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a form

        `DELETE /forms/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_form as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def set_form_optin(
        self,
        *,
        body: FormOptinRequest,
    ) -> FormOptinResult:
        """Turn on the opt-in (confirmation) email of a form

        `POST /form/optin`

        Takes the form id as a form field and answers with the id of the opt-in record.

        Args:
            body:

        """
        from . import set_form_optin as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("FormOptinResult", await self._caller.call(_operation.ROUTE, request))
