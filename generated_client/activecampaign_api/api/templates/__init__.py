"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.template_envelope import TemplateEnvelope
from ...models.template_list import TemplateList
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import delete_template as _delete_template
from . import get_template as _get_template
from . import list_templates as _list_templates


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
        request = _list_templates._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(TemplateList, self._caller.call(request, _list_templates._parse_response, (200,)))

    def get_template(
        self,
        id: str,
    ) -> TemplateEnvelope:
        """Retrieve an email template with its content

        `GET /templates/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_template._get_kwargs(
            id=id,
        )
        return cast(TemplateEnvelope, self._caller.call(request, _get_template._parse_response, (200,)))

    def delete_template(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete an email template

        `DELETE /templates/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. Answers with an empty object
        like the other deletions.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_template._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_template._parse_response, (200,)))


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
        request = _list_templates._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(TemplateList, await self._caller.call(request, _list_templates._parse_response, (200,)))

    async def get_template(
        self,
        id: str,
    ) -> TemplateEnvelope:
        """Retrieve an email template with its content

        `GET /templates/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_template._get_kwargs(
            id=id,
        )
        return cast(TemplateEnvelope, await self._caller.call(request, _get_template._parse_response, (200,)))

    async def delete_template(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete an email template

        `DELETE /templates/{id}`

        Undocumented: not in the public v3 reference, used by existing clients. Answers with an empty object
        like the other deletions.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _delete_template._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_template._parse_response, (200,)))
