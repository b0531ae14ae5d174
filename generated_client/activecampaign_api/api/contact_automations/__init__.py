"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.contact_automation_create_request import ContactAutomationCreateRequest
from ...models.contact_automation_created import ContactAutomationCreated
from ...models.contact_automation_envelope import ContactAutomationEnvelope
from ...models.contact_automation_list import ContactAutomationList
from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import add_contact_to_automation as _add_contact_to_automation
from . import get_contact_automation as _get_contact_automation
from . import list_contact_automations as _list_contact_automations
from . import remove_contact_from_automation as _remove_contact_from_automation


class ContactAutomationsOperations:
    """The `contact_automations` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_contact_automations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactAutomationList:
        """List contacts' runs through automations

        `GET /contactAutomations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_contact_automations._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(
            ContactAutomationList, self._caller.call(request, _list_contact_automations._parse_response, (200,))
        )

    def add_contact_to_automation(
        self,
        *,
        body: ContactAutomationCreateRequest,
    ) -> ContactAutomationCreated:
        """Add a contact to an automation

        `POST /contactAutomations`

        Args:
            body:

        """
        request = _add_contact_to_automation._get_kwargs(
            body=body,
        )
        return cast(
            ContactAutomationCreated, self._caller.call(request, _add_contact_to_automation._parse_response, (200, 201))
        )

    def get_contact_automation(
        self,
        id: str,
    ) -> ContactAutomationEnvelope:
        """Retrieve one contact's run through an automation

        `GET /contactAutomations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_contact_automation._get_kwargs(
            id=id,
        )
        return cast(
            ContactAutomationEnvelope, self._caller.call(request, _get_contact_automation._parse_response, (200,))
        )

    def remove_contact_from_automation(
        self,
        id: str,
    ) -> EmptyObject:
        """Remove a contact from an automation

        `DELETE /contactAutomations/{id}`

        Ends the contact's run. A missing id is answered with 403 (not 404) and a "No Result found" message.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _remove_contact_from_automation._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _remove_contact_from_automation._parse_response, (200,)))


class AsyncContactAutomationsOperations:
    """The `contact_automations` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_contact_automations(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactAutomationList:
        """List contacts' runs through automations

        `GET /contactAutomations`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        request = _list_contact_automations._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast(
            ContactAutomationList, await self._caller.call(request, _list_contact_automations._parse_response, (200,))
        )

    async def add_contact_to_automation(
        self,
        *,
        body: ContactAutomationCreateRequest,
    ) -> ContactAutomationCreated:
        """Add a contact to an automation

        `POST /contactAutomations`

        Args:
            body:

        """
        request = _add_contact_to_automation._get_kwargs(
            body=body,
        )
        return cast(
            ContactAutomationCreated,
            await self._caller.call(request, _add_contact_to_automation._parse_response, (200, 201)),
        )

    async def get_contact_automation(
        self,
        id: str,
    ) -> ContactAutomationEnvelope:
        """Retrieve one contact's run through an automation

        `GET /contactAutomations/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_contact_automation._get_kwargs(
            id=id,
        )
        return cast(
            ContactAutomationEnvelope, await self._caller.call(request, _get_contact_automation._parse_response, (200,))
        )

    async def remove_contact_from_automation(
        self,
        id: str,
    ) -> EmptyObject:
        """Remove a contact from an automation

        `DELETE /contactAutomations/{id}`

        Ends the contact's run. A missing id is answered with 403 (not 404) and a "No Result found" message.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _remove_contact_from_automation._get_kwargs(
            id=id,
        )
        return cast(
            EmptyObject, await self._caller.call(request, _remove_contact_from_automation._parse_response, (200,))
        )
