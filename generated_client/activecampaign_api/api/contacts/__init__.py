"""Contains endpoint functions for accessing the API"""

import datetime
from typing import cast

from ...models.contact_create_request import ContactCreateRequest
from ...models.contact_detail import ContactDetail
from ...models.contact_envelope import ContactEnvelope
from ...models.contact_list import ContactList
from ...models.contact_list_envelope import ContactListEnvelope
from ...models.contact_list_status_request import ContactListStatusRequest
from ...models.contact_sync_request import ContactSyncRequest
from ...models.contact_update_request import ContactUpdateRequest
from ...models.empty_object import EmptyObject
from ...models.error_response import ErrorResponse
from ...models.list_contacts_force_query import ListContactsForceQuery, check_list_contacts_force_query
from ...models.list_contacts_in_group_lists import ListContactsInGroupLists, check_list_contacts_in_group_lists
from ...models.list_contacts_status import ListContactsStatus, check_list_contacts_status
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import create_contact as _create_contact
from . import delete_contact as _delete_contact
from . import get_contact as _get_contact
from . import list_contacts as _list_contacts
from . import sync_contact as _sync_contact
from . import update_contact as _update_contact
from . import update_list_status as _update_list_status


class ContactsOperations:
    """The `contacts` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_contacts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ids: str | Unset = UNSET,
        email: str | Unset = UNSET,
        email_like: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        formid: str | Unset = UNSET,
        id_greater: str | Unset = UNSET,
        id_less: str | Unset = UNSET,
        listid: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        search: str | Unset = UNSET,
        segmentid: str | Unset = UNSET,
        force_query: ListContactsForceQuery | Unset = UNSET,
        seriesid: str | Unset = UNSET,
        status: ListContactsStatus | Unset = UNSET,
        tagid: str | Unset = UNSET,
        waitid: str | Unset = UNSET,
        in_group_lists: ListContactsInGroupLists | Unset = UNSET,
        filters_created_before: datetime.date | Unset = UNSET,
        filters_created_after: datetime.date | Unset = UNSET,
        filters_updated_before: datetime.date | Unset = UNSET,
        filters_updated_after: datetime.date | Unset = UNSET,
        orders_id: SortDirection | Unset = UNSET,
        orders_cdate: SortDirection | Unset = UNSET,
        orders_email: SortDirection | Unset = UNSET,
        orders_first_name: SortDirection | Unset = UNSET,
        orders_last_name: SortDirection | Unset = UNSET,
        orders_name: SortDirection | Unset = UNSET,
        orders_score: SortDirection | Unset = UNSET,
        sort_id: str | Unset = UNSET,
    ) -> ContactList:
        """List, search and filter contacts

        `GET /contacts`
        """
        request = _list_contacts._get_kwargs(
            limit=limit,
            offset=offset,
            ids=ids,
            email=email,
            email_like=email_like,
            exclude=exclude,
            formid=formid,
            id_greater=id_greater,
            id_less=id_less,
            listid=listid,
            phone=phone,
            organization=organization,
            search=search,
            segmentid=segmentid,
            force_query=force_query,
            seriesid=seriesid,
            status=status,
            tagid=tagid,
            waitid=waitid,
            in_group_lists=in_group_lists,
            filters_created_before=filters_created_before,
            filters_created_after=filters_created_after,
            filters_updated_before=filters_updated_before,
            filters_updated_after=filters_updated_after,
            orders_id=orders_id,
            orders_cdate=orders_cdate,
            orders_email=orders_email,
            orders_first_name=orders_first_name,
            orders_last_name=orders_last_name,
            orders_name=orders_name,
            orders_score=orders_score,
            sort_id=sort_id,
        )
        return cast(ContactList, self._caller.call(request, _list_contacts._parse_response, (200,)))

    def create_contact(
        self,
        *,
        body: ContactCreateRequest,
    ) -> ContactEnvelope:
        """Create a contact; fails with 422 when the email already exists

        `POST /contacts`
        """
        request = _create_contact._get_kwargs(
            body=body,
        )
        return cast(ContactEnvelope, self._caller.call(request, _create_contact._parse_response, (200, 201)))

    def get_contact(
        self,
        id: str,
    ) -> ContactDetail:
        """Retrieve a contact with its lists, automations, field values, deals and geo data

        `GET /contacts/{id}`
        """
        request = _get_contact._get_kwargs(
            id=id,
        )
        return cast(ContactDetail, self._caller.call(request, _get_contact._parse_response, (200,)))

    def update_contact(
        self,
        id: str,
        *,
        body: ContactUpdateRequest,
    ) -> ContactEnvelope:
        """Update a contact's email, name, phone or custom field values

        `PUT /contacts/{id}`
        """
        request = _update_contact._get_kwargs(
            id=id,
            body=body,
        )
        return cast(ContactEnvelope, self._caller.call(request, _update_contact._parse_response, (200,)))

    def delete_contact(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a contact

        `DELETE /contacts/{id}`
        """
        request = _delete_contact._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, self._caller.call(request, _delete_contact._parse_response, (200,)))

    def sync_contact(
        self,
        *,
        body: ContactSyncRequest,
    ) -> ContactEnvelope:
        """Create the contact, or update the one with this email address

        `POST /contact/sync`
        """
        request = _sync_contact._get_kwargs(
            body=body,
        )
        return cast(ContactEnvelope, self._caller.call(request, _sync_contact._parse_response, (200, 201)))

    def update_list_status(
        self,
        *,
        body: ContactListStatusRequest,
    ) -> ContactListEnvelope:
        """Subscribe a contact to a list or unsubscribe it

        `POST /contactLists`
        """
        request = _update_list_status._get_kwargs(
            body=body,
        )
        return cast(ContactListEnvelope, self._caller.call(request, _update_list_status._parse_response, (200, 201)))


class AsyncContactsOperations:
    """The `contacts` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_contacts(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ids: str | Unset = UNSET,
        email: str | Unset = UNSET,
        email_like: str | Unset = UNSET,
        exclude: str | Unset = UNSET,
        formid: str | Unset = UNSET,
        id_greater: str | Unset = UNSET,
        id_less: str | Unset = UNSET,
        listid: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        search: str | Unset = UNSET,
        segmentid: str | Unset = UNSET,
        force_query: ListContactsForceQuery | Unset = UNSET,
        seriesid: str | Unset = UNSET,
        status: ListContactsStatus | Unset = UNSET,
        tagid: str | Unset = UNSET,
        waitid: str | Unset = UNSET,
        in_group_lists: ListContactsInGroupLists | Unset = UNSET,
        filters_created_before: datetime.date | Unset = UNSET,
        filters_created_after: datetime.date | Unset = UNSET,
        filters_updated_before: datetime.date | Unset = UNSET,
        filters_updated_after: datetime.date | Unset = UNSET,
        orders_id: SortDirection | Unset = UNSET,
        orders_cdate: SortDirection | Unset = UNSET,
        orders_email: SortDirection | Unset = UNSET,
        orders_first_name: SortDirection | Unset = UNSET,
        orders_last_name: SortDirection | Unset = UNSET,
        orders_name: SortDirection | Unset = UNSET,
        orders_score: SortDirection | Unset = UNSET,
        sort_id: str | Unset = UNSET,
    ) -> ContactList:
        """List, search and filter contacts

        `GET /contacts`
        """
        request = _list_contacts._get_kwargs(
            limit=limit,
            offset=offset,
            ids=ids,
            email=email,
            email_like=email_like,
            exclude=exclude,
            formid=formid,
            id_greater=id_greater,
            id_less=id_less,
            listid=listid,
            phone=phone,
            organization=organization,
            search=search,
            segmentid=segmentid,
            force_query=force_query,
            seriesid=seriesid,
            status=status,
            tagid=tagid,
            waitid=waitid,
            in_group_lists=in_group_lists,
            filters_created_before=filters_created_before,
            filters_created_after=filters_created_after,
            filters_updated_before=filters_updated_before,
            filters_updated_after=filters_updated_after,
            orders_id=orders_id,
            orders_cdate=orders_cdate,
            orders_email=orders_email,
            orders_first_name=orders_first_name,
            orders_last_name=orders_last_name,
            orders_name=orders_name,
            orders_score=orders_score,
            sort_id=sort_id,
        )
        return cast(ContactList, await self._caller.call(request, _list_contacts._parse_response, (200,)))

    async def create_contact(
        self,
        *,
        body: ContactCreateRequest,
    ) -> ContactEnvelope:
        """Create a contact; fails with 422 when the email already exists

        `POST /contacts`
        """
        request = _create_contact._get_kwargs(
            body=body,
        )
        return cast(ContactEnvelope, await self._caller.call(request, _create_contact._parse_response, (200, 201)))

    async def get_contact(
        self,
        id: str,
    ) -> ContactDetail:
        """Retrieve a contact with its lists, automations, field values, deals and geo data

        `GET /contacts/{id}`
        """
        request = _get_contact._get_kwargs(
            id=id,
        )
        return cast(ContactDetail, await self._caller.call(request, _get_contact._parse_response, (200,)))

    async def update_contact(
        self,
        id: str,
        *,
        body: ContactUpdateRequest,
    ) -> ContactEnvelope:
        """Update a contact's email, name, phone or custom field values

        `PUT /contacts/{id}`
        """
        request = _update_contact._get_kwargs(
            id=id,
            body=body,
        )
        return cast(ContactEnvelope, await self._caller.call(request, _update_contact._parse_response, (200,)))

    async def delete_contact(
        self,
        id: str,
    ) -> EmptyObject:
        """Delete a contact

        `DELETE /contacts/{id}`
        """
        request = _delete_contact._get_kwargs(
            id=id,
        )
        return cast(EmptyObject, await self._caller.call(request, _delete_contact._parse_response, (200,)))

    async def sync_contact(
        self,
        *,
        body: ContactSyncRequest,
    ) -> ContactEnvelope:
        """Create the contact, or update the one with this email address

        `POST /contact/sync`
        """
        request = _sync_contact._get_kwargs(
            body=body,
        )
        return cast(ContactEnvelope, await self._caller.call(request, _sync_contact._parse_response, (200, 201)))

    async def update_list_status(
        self,
        *,
        body: ContactListStatusRequest,
    ) -> ContactListEnvelope:
        """Subscribe a contact to a list or unsubscribe it

        `POST /contactLists`
        """
        request = _update_list_status._get_kwargs(
            body=body,
        )
        return cast(
            ContactListEnvelope, await self._caller.call(request, _update_list_status._parse_response, (200, 201))
        )
