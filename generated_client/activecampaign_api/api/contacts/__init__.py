"""The `contacts` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.contact_create_request import ContactCreateRequest
    from ...models.contact_data_list import ContactDataList
    from ...models.contact_detail import ContactDetail
    from ...models.contact_email_list import ContactEmailList
    from ...models.contact_envelope import ContactEnvelope
    from ...models.contact_list import ContactList
    from ...models.contact_list_envelope import ContactListEnvelope
    from ...models.contact_list_status_request import ContactListStatusRequest
    from ...models.contact_sync_request import ContactSyncRequest
    from ...models.contact_update_request import ContactUpdateRequest
    from ...models.contact_view_account_contacts import ContactViewAccountContacts
    from ...models.contact_view_automation_entry_counts import ContactViewAutomationEntryCounts
    from ...models.contact_view_automations import ContactViewAutomations
    from ...models.contact_view_bounce_logs import ContactViewBounceLogs
    from ...models.contact_view_contact_deals import ContactViewContactDeals
    from ...models.contact_view_contact_envelope import ContactViewContactEnvelope
    from ...models.contact_view_data_envelope import ContactViewDataEnvelope
    from ...models.contact_view_deals import ContactViewDeals
    from ...models.contact_view_field_values import ContactViewFieldValues
    from ...models.contact_view_geo_address_envelope import ContactViewGeoAddressEnvelope
    from ...models.contact_view_geo_ips import ContactViewGeoIps
    from ...models.contact_view_goals import ContactViewGoals
    from ...models.contact_view_list_memberships import ContactViewListMemberships
    from ...models.contact_view_logs import ContactViewLogs
    from ...models.contact_view_notes import ContactViewNotes
    from ...models.contact_view_organization_envelope import ContactViewOrganizationEnvelope
    from ...models.contact_view_plus_append_envelope import ContactViewPlusAppendEnvelope
    from ...models.contact_view_score_values import ContactViewScoreValues
    from ...models.contact_view_tracking_logs import ContactViewTrackingLogs
    from ...models.empty_object import EmptyObject
    from ...models.error_response import ErrorResponse
    from ...models.list_contacts_force_query import ListContactsForceQuery, check_list_contacts_force_query
    from ...models.list_contacts_in_group_lists import ListContactsInGroupLists, check_list_contacts_in_group_lists
    from ...models.list_contacts_include_item import ListContactsIncludeItem, check_list_contacts_include_item
    from ...models.list_contacts_status import ListContactsStatus, check_list_contacts_status
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


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
        include: list[ListContactsIncludeItem] | Unset = UNSET,
    ) -> ContactList:
        """List, search and filter contacts

        `GET /contacts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            ids: Keep only these contact ids, comma-separated (for example `1,2,42`).
            email: Keep the contact with exactly this email address.
            email_like: Keep contacts whose email address contains this text.
            exclude: Leave out the contact with this id.
            formid: Keep contacts that subscribed through this form.
            id_greater: Keep contacts whose id is greater than this one.
            id_less: Keep contacts whose id is less than this one.
            listid: Keep contacts on this list.
            phone: Keep contacts whose phone number starts with this text.
            organization: Keep contacts of this organization id. Deprecated by the API in favour of
                account contacts.
            search: Keep contacts whose names, organization, phone or email contain this text.
            segmentid: Keep contacts matching this list segment. The first call in an hour (or one with
                `forceQuery=1`) starts the segment query; later calls return its results.
            force_query: Set to 1 to start a fresh segment query instead of reusing the cached one.
            seriesid: Keep contacts in this automation.
            status: Keep contacts with this list status: -1 any, 0 unconfirmed, 1 active, 2
                unsubscribed, 3 bounced.
            tagid: Keep contacts carrying this tag.
            waitid: Keep contacts waiting at this automation wait block.
            in_group_lists: Set to `true` to keep only contacts the token's user may see.
            filters_created_before: Keep contacts created before this date (YYYY-MM-DD).
            filters_created_after: Keep contacts created after this date (YYYY-MM-DD).
            filters_updated_before: Keep contacts updated before this date (YYYY-MM-DD).
            filters_updated_after: Keep contacts updated after this date (YYYY-MM-DD).
            orders_id: Sort direction of an `orders[...]` parameter.
            orders_cdate: Sort direction of an `orders[...]` parameter.
            orders_email: Sort direction of an `orders[...]` parameter.
            orders_first_name: Sort direction of an `orders[...]` parameter.
            orders_last_name: Sort direction of an `orders[...]` parameter.
            orders_name: Sort direction of an `orders[...]` parameter.
            orders_score: Sort direction of an `orders[...]` parameter.
            sort_id: Id of the score or custom field that `orders[score]` sorts by.
            include: Related records to side-load, comma-separated: `contactLists`, `contactLists.list`,
                `contactTags`, `contactTags.tag`, `fieldValues`, `deals`, `organization`. Each contact then
                lists the ids of its related records, and the answer carries one array per kind.

        """
        from . import list_contacts as _operation

        request = _operation._get_kwargs(
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
            include=include,
        )
        return cast("ContactList", self._caller.call(_operation.ROUTE, request))

    def create_contact(
        self,
        *,
        body: ContactCreateRequest,
    ) -> ContactEnvelope:
        """Create a contact; fails with 422 when the email already exists

        `POST /contacts`

        Args:
            body:

        """
        from . import create_contact as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_contact(
        self,
        id: str,
    ) -> ContactDetail:
        """Retrieve a contact with its lists, automations, field values, deals and geo data

        `GET /contacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactDetail", self._caller.call(_operation.ROUTE, request))

    def update_contact(
        self,
        id: str,
        *,
        body: ContactUpdateRequest,
    ) -> ContactEnvelope:
        """Update a contact's email, name, phone or custom field values

        `PUT /contacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_contact as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("ContactEnvelope", self._caller.call(_operation.ROUTE, request))

    def delete_contact(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a contact

        `DELETE /contacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", self._caller.call(_operation.ROUTE, request))

    def sync_contact(
        self,
        *,
        body: ContactSyncRequest,
    ) -> ContactEnvelope:
        """Create the contact, or update the one with this email address

        `POST /contact/sync`

        Upsert keyed on email. Safe to repeat: sending the same body twice leaves one contact with those
        values.

        Args:
            body:

        """
        from . import sync_contact as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_contact_list_memberships_of_account(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactViewListMemberships:
        """List the list memberships of every contact

        `GET /contactLists`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_lists`). Items are shaped like those of `GET /contacts/{id}/contactLists`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_contact_list_memberships_of_account as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactViewListMemberships", self._caller.call(_operation.ROUTE, request))

    def update_contact_list_status(
        self,
        *,
        body: ContactListStatusRequest,
    ) -> ContactListEnvelope:
        """Subscribe a contact to a list or unsubscribe it

        `POST /contactLists`

        Sets the contact's status on one list. Setting an unsubscribed contact back to active re-subscribes
        it; send `sourceid` 4 when doing so.

        Args:
            body:

        """
        from . import update_contact_list_status as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactListEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_contact_account_contacts(
        self,
        id: str,
    ) -> ContactViewAccountContacts:
        """List the accounts the contact is associated with

        `GET /contacts/{id}/accountContacts`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_account_contacts as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewAccountContacts", self._caller.call(_operation.ROUTE, request))

    def list_contact_automation_entry_counts(
        self,
        id: str,
    ) -> ContactViewAutomationEntryCounts:
        """Count how many times the contact entered each automation

        `GET /contacts/{id}/automationEntryCounts`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_automation_entry_counts as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewAutomationEntryCounts", self._caller.call(_operation.ROUTE, request))

    def list_contact_bounce_logs(
        self,
        id: str,
    ) -> ContactViewBounceLogs:
        """List the contact's email bounces

        `GET /contacts/{id}/bounceLogs`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_bounce_logs as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewBounceLogs", self._caller.call(_operation.ROUTE, request))

    def list_contact_contact_automations(
        self,
        id: str,
    ) -> ContactViewAutomations:
        """List the automations the contact is or was in

        `GET /contacts/{id}/contactAutomations`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_contact_automations as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewAutomations", self._caller.call(_operation.ROUTE, request))

    def get_contact_data(
        self,
        id: str,
    ) -> ContactViewDataEnvelope:
        """Retrieve the contact's geo, analytics and social data

        `GET /contacts/{id}/contactData`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_data as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewDataEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_contact_deal_roles(
        self,
        id: str,
    ) -> ContactViewContactDeals:
        """List the deals the contact takes part in, with its role in each

        `GET /contacts/{id}/contactDeals`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_deal_roles as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewContactDeals", self._caller.call(_operation.ROUTE, request))

    def list_contact_goals(
        self,
        id: str,
    ) -> ContactViewGoals:
        """List the automation goals the contact reached

        `GET /contacts/{id}/contactGoals`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_goals as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewGoals", self._caller.call(_operation.ROUTE, request))

    def list_contact_list_memberships(
        self,
        id: str,
    ) -> ContactViewListMemberships:
        """List the contact's list memberships

        `GET /contacts/{id}/contactLists`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_list_memberships as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewListMemberships", self._caller.call(_operation.ROUTE, request))

    def list_contact_logs(
        self,
        id: str,
    ) -> ContactViewLogs:
        """List the contact's change log entries

        `GET /contacts/{id}/contactLogs`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_logs as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewLogs", self._caller.call(_operation.ROUTE, request))

    def list_contact_deals(
        self,
        id: str,
    ) -> ContactViewDeals:
        """List the deals whose primary contact is this contact

        `GET /contacts/{id}/deals`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_deals as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewDeals", self._caller.call(_operation.ROUTE, request))

    def list_contact_field_values(
        self,
        id: str,
    ) -> ContactViewFieldValues:
        """List the contact's custom field values

        `GET /contacts/{id}/fieldValues`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_field_values as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewFieldValues", self._caller.call(_operation.ROUTE, request))

    def list_contact_geo_ips(
        self,
        id: str,
    ) -> ContactViewGeoIps:
        """List the IP addresses the contact was seen at

        `GET /contacts/{id}/geoIps`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_geo_ips as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewGeoIps", self._caller.call(_operation.ROUTE, request))

    def list_contact_notes(
        self,
        id: str,
    ) -> ContactViewNotes:
        """List the notes on the contact

        `GET /contacts/{id}/notes`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_notes as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewNotes", self._caller.call(_operation.ROUTE, request))

    def get_contact_organization(
        self,
        id: str,
    ) -> ContactViewOrganizationEnvelope:
        """Retrieve the contact's (deprecated) organization

        `GET /contacts/{id}/organization`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_organization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewOrganizationEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_contact_plus_append(
        self,
        id: str,
    ) -> ContactViewPlusAppendEnvelope:
        """Retrieve the social profile data appended to the contact

        `GET /contacts/{id}/plusAppend`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_plus_append as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewPlusAppendEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_contact_score_values(
        self,
        id: str,
    ) -> ContactViewScoreValues:
        """List the contact's score values

        `GET /contacts/{id}/scoreValues`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_score_values as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewScoreValues", self._caller.call(_operation.ROUTE, request))

    def list_contact_tracking_logs(
        self,
        id: str,
    ) -> ContactViewTrackingLogs:
        """List the contact's site and event tracking log

        `GET /contacts/{id}/trackingLogs`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_tracking_logs as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewTrackingLogs", self._caller.call(_operation.ROUTE, request))

    def get_geo_ip_address(
        self,
        id: str,
    ) -> ContactViewGeoAddressEnvelope:
        """Retrieve the geographic location resolved for a geo IP record

        `GET /geoIps/{id}/geoAddress`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_geo_ip_address as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewGeoAddressEnvelope", self._caller.call(_operation.ROUTE, request))

    def get_tracking_log_contact(
        self,
        id: str,
    ) -> ContactViewContactEnvelope:
        """Retrieve the contact involved in a tracked event

        `GET /trackingLogs/{id}/contact`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_tracking_log_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewContactEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_bounce_logs(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactViewBounceLogs:
        """List bounces of every contact's emails

        `GET /bounceLogs`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `bounce_logs`) and ji282h7/activecampaign-claw (`scripts/bounce_breakdown.py`). Items are shaped
        like those of `GET /contacts/{id}/bounceLogs`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_bounce_logs as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactViewBounceLogs", self._caller.call(_operation.ROUTE, request))

    def list_contact_data(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactDataList:
        """List the geo, analytics and social data of every contact

        `GET /contactData`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_data`). Items are shaped like the `contactDatum` of `GET /contacts/{id}/contactData`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_contact_data as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactDataList", self._caller.call(_operation.ROUTE, request))

    def list_contact_emails(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactEmailList:
        """List the one-to-one emails logged against contacts

        `GET /contactEmails`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_emails`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_contact_emails as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactEmailList", self._caller.call(_operation.ROUTE, request))

    def list_score_values(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactViewScoreValues:
        """List every contact's and deal's score values

        `GET /scoreValues`

        Undocumented: called by ji282h7/activecampaign-claw (`scripts/_ac_client.py`) (also
        `scripts/mql_to_sql_handoff.py`). Items are shaped like those of `GET /contacts/{id}/scoreValues`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_score_values as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactViewScoreValues", self._caller.call(_operation.ROUTE, request))


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
        include: list[ListContactsIncludeItem] | Unset = UNSET,
    ) -> ContactList:
        """List, search and filter contacts

        `GET /contacts`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            ids: Keep only these contact ids, comma-separated (for example `1,2,42`).
            email: Keep the contact with exactly this email address.
            email_like: Keep contacts whose email address contains this text.
            exclude: Leave out the contact with this id.
            formid: Keep contacts that subscribed through this form.
            id_greater: Keep contacts whose id is greater than this one.
            id_less: Keep contacts whose id is less than this one.
            listid: Keep contacts on this list.
            phone: Keep contacts whose phone number starts with this text.
            organization: Keep contacts of this organization id. Deprecated by the API in favour of
                account contacts.
            search: Keep contacts whose names, organization, phone or email contain this text.
            segmentid: Keep contacts matching this list segment. The first call in an hour (or one with
                `forceQuery=1`) starts the segment query; later calls return its results.
            force_query: Set to 1 to start a fresh segment query instead of reusing the cached one.
            seriesid: Keep contacts in this automation.
            status: Keep contacts with this list status: -1 any, 0 unconfirmed, 1 active, 2
                unsubscribed, 3 bounced.
            tagid: Keep contacts carrying this tag.
            waitid: Keep contacts waiting at this automation wait block.
            in_group_lists: Set to `true` to keep only contacts the token's user may see.
            filters_created_before: Keep contacts created before this date (YYYY-MM-DD).
            filters_created_after: Keep contacts created after this date (YYYY-MM-DD).
            filters_updated_before: Keep contacts updated before this date (YYYY-MM-DD).
            filters_updated_after: Keep contacts updated after this date (YYYY-MM-DD).
            orders_id: Sort direction of an `orders[...]` parameter.
            orders_cdate: Sort direction of an `orders[...]` parameter.
            orders_email: Sort direction of an `orders[...]` parameter.
            orders_first_name: Sort direction of an `orders[...]` parameter.
            orders_last_name: Sort direction of an `orders[...]` parameter.
            orders_name: Sort direction of an `orders[...]` parameter.
            orders_score: Sort direction of an `orders[...]` parameter.
            sort_id: Id of the score or custom field that `orders[score]` sorts by.
            include: Related records to side-load, comma-separated: `contactLists`, `contactLists.list`,
                `contactTags`, `contactTags.tag`, `fieldValues`, `deals`, `organization`. Each contact then
                lists the ids of its related records, and the answer carries one array per kind.

        """
        from . import list_contacts as _operation

        request = _operation._get_kwargs(
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
            include=include,
        )
        return cast("ContactList", await self._caller.call(_operation.ROUTE, request))

    async def create_contact(
        self,
        *,
        body: ContactCreateRequest,
    ) -> ContactEnvelope:
        """Create a contact; fails with 422 when the email already exists

        `POST /contacts`

        Args:
            body:

        """
        from . import create_contact as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_contact(
        self,
        id: str,
    ) -> ContactDetail:
        """Retrieve a contact with its lists, automations, field values, deals and geo data

        `GET /contacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactDetail", await self._caller.call(_operation.ROUTE, request))

    async def update_contact(
        self,
        id: str,
        *,
        body: ContactUpdateRequest,
    ) -> ContactEnvelope:
        """Update a contact's email, name, phone or custom field values

        `PUT /contacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body:

        """
        from . import update_contact as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("ContactEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def delete_contact(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Delete a contact

        `DELETE /contacts/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import delete_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("dict[str, Any]", await self._caller.call(_operation.ROUTE, request))

    async def sync_contact(
        self,
        *,
        body: ContactSyncRequest,
    ) -> ContactEnvelope:
        """Create the contact, or update the one with this email address

        `POST /contact/sync`

        Upsert keyed on email. Safe to repeat: sending the same body twice leaves one contact with those
        values.

        Args:
            body:

        """
        from . import sync_contact as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_list_memberships_of_account(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactViewListMemberships:
        """List the list memberships of every contact

        `GET /contactLists`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_lists`). Items are shaped like those of `GET /contacts/{id}/contactLists`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_contact_list_memberships_of_account as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactViewListMemberships", await self._caller.call(_operation.ROUTE, request))

    async def update_contact_list_status(
        self,
        *,
        body: ContactListStatusRequest,
    ) -> ContactListEnvelope:
        """Subscribe a contact to a list or unsubscribe it

        `POST /contactLists`

        Sets the contact's status on one list. Setting an unsubscribed contact back to active re-subscribes
        it; send `sourceid` 4 when doing so.

        Args:
            body:

        """
        from . import update_contact_list_status as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("ContactListEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_account_contacts(
        self,
        id: str,
    ) -> ContactViewAccountContacts:
        """List the accounts the contact is associated with

        `GET /contacts/{id}/accountContacts`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_account_contacts as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewAccountContacts", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_automation_entry_counts(
        self,
        id: str,
    ) -> ContactViewAutomationEntryCounts:
        """Count how many times the contact entered each automation

        `GET /contacts/{id}/automationEntryCounts`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_automation_entry_counts as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewAutomationEntryCounts", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_bounce_logs(
        self,
        id: str,
    ) -> ContactViewBounceLogs:
        """List the contact's email bounces

        `GET /contacts/{id}/bounceLogs`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_bounce_logs as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewBounceLogs", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_contact_automations(
        self,
        id: str,
    ) -> ContactViewAutomations:
        """List the automations the contact is or was in

        `GET /contacts/{id}/contactAutomations`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_contact_automations as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewAutomations", await self._caller.call(_operation.ROUTE, request))

    async def get_contact_data(
        self,
        id: str,
    ) -> ContactViewDataEnvelope:
        """Retrieve the contact's geo, analytics and social data

        `GET /contacts/{id}/contactData`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_data as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewDataEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_deal_roles(
        self,
        id: str,
    ) -> ContactViewContactDeals:
        """List the deals the contact takes part in, with its role in each

        `GET /contacts/{id}/contactDeals`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_deal_roles as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewContactDeals", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_goals(
        self,
        id: str,
    ) -> ContactViewGoals:
        """List the automation goals the contact reached

        `GET /contacts/{id}/contactGoals`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_goals as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewGoals", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_list_memberships(
        self,
        id: str,
    ) -> ContactViewListMemberships:
        """List the contact's list memberships

        `GET /contacts/{id}/contactLists`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_list_memberships as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewListMemberships", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_logs(
        self,
        id: str,
    ) -> ContactViewLogs:
        """List the contact's change log entries

        `GET /contacts/{id}/contactLogs`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_logs as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewLogs", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_deals(
        self,
        id: str,
    ) -> ContactViewDeals:
        """List the deals whose primary contact is this contact

        `GET /contacts/{id}/deals`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_deals as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewDeals", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_field_values(
        self,
        id: str,
    ) -> ContactViewFieldValues:
        """List the contact's custom field values

        `GET /contacts/{id}/fieldValues`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_field_values as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewFieldValues", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_geo_ips(
        self,
        id: str,
    ) -> ContactViewGeoIps:
        """List the IP addresses the contact was seen at

        `GET /contacts/{id}/geoIps`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_geo_ips as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewGeoIps", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_notes(
        self,
        id: str,
    ) -> ContactViewNotes:
        """List the notes on the contact

        `GET /contacts/{id}/notes`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_notes as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewNotes", await self._caller.call(_operation.ROUTE, request))

    async def get_contact_organization(
        self,
        id: str,
    ) -> ContactViewOrganizationEnvelope:
        """Retrieve the contact's (deprecated) organization

        `GET /contacts/{id}/organization`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_organization as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewOrganizationEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_contact_plus_append(
        self,
        id: str,
    ) -> ContactViewPlusAppendEnvelope:
        """Retrieve the social profile data appended to the contact

        `GET /contacts/{id}/plusAppend`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_contact_plus_append as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewPlusAppendEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_score_values(
        self,
        id: str,
    ) -> ContactViewScoreValues:
        """List the contact's score values

        `GET /contacts/{id}/scoreValues`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_score_values as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewScoreValues", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_tracking_logs(
        self,
        id: str,
    ) -> ContactViewTrackingLogs:
        """List the contact's site and event tracking log

        `GET /contacts/{id}/trackingLogs`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_contact_tracking_logs as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewTrackingLogs", await self._caller.call(_operation.ROUTE, request))

    async def get_geo_ip_address(
        self,
        id: str,
    ) -> ContactViewGeoAddressEnvelope:
        """Retrieve the geographic location resolved for a geo IP record

        `GET /geoIps/{id}/geoAddress`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_geo_ip_address as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewGeoAddressEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def get_tracking_log_contact(
        self,
        id: str,
    ) -> ContactViewContactEnvelope:
        """Retrieve the contact involved in a tracked event

        `GET /trackingLogs/{id}/contact`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_tracking_log_contact as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("ContactViewContactEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_bounce_logs(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactViewBounceLogs:
        """List bounces of every contact's emails

        `GET /bounceLogs`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `bounce_logs`) and ji282h7/activecampaign-claw (`scripts/bounce_breakdown.py`). Items are shaped
        like those of `GET /contacts/{id}/bounceLogs`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_bounce_logs as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactViewBounceLogs", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_data(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactDataList:
        """List the geo, analytics and social data of every contact

        `GET /contactData`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_data`). Items are shaped like the `contactDatum` of `GET /contacts/{id}/contactData`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_contact_data as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactDataList", await self._caller.call(_operation.ROUTE, request))

    async def list_contact_emails(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactEmailList:
        """List the one-to-one emails logged against contacts

        `GET /contactEmails`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `contact_emails`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_contact_emails as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactEmailList", await self._caller.call(_operation.ROUTE, request))

    async def list_score_values(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> ContactViewScoreValues:
        """List every contact's and deal's score values

        `GET /scoreValues`

        Undocumented: called by ji282h7/activecampaign-claw (`scripts/_ac_client.py`) (also
        `scripts/mql_to_sql_handoff.py`). Items are shaped like those of `GET /contacts/{id}/scoreValues`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_score_values as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("ContactViewScoreValues", await self._caller.call(_operation.ROUTE, request))
