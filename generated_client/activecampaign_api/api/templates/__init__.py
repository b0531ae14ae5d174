"""The `templates` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.template_envelope import TemplateEnvelope
    from ...models.template_list import TemplateList
    from .. import AsyncCaller, Caller


class TemplatesOperations:
    """The `templates` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_templates(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> TemplateList:
        """List email templates

        `GET /templates`

        Undocumented: not in the public v3 reference, used by existing clients. The response shape is
        inferred from the single-template lookup and sibling list responses.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_templates as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("TemplateList", self._caller.call(_operation.ROUTE, request))

    def get_template(
        self,
        id: str,
    ) -> TemplateEnvelope:
        """Retrieve an email template with its content

        `GET /templates/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_template as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("TemplateEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_template(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete an email template

        `DELETE /templates/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. Answers with an empty object
        like the other deletions.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_template as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))


class AsyncTemplatesOperations:
    """The `templates` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_templates(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> TemplateList:
        """List email templates

        `GET /templates`

        Undocumented: not in the public v3 reference, used by existing clients. The response shape is
        inferred from the single-template lookup and sibling list responses.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_templates as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("TemplateList", await self._caller.call(_operation.ROUTE, request))

    async def get_template(
        self,
        id: str,
    ) -> TemplateEnvelope:
        """Retrieve an email template with its content

        `GET /templates/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_template as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("TemplateEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_template(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete an email template

        `DELETE /templates/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. Answers with an empty object
        like the other deletions.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_template as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))
