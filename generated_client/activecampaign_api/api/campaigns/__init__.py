"""The `campaigns` operations, bound to a caller."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.campaign_aggregate_revenue_list import CampaignAggregateRevenueList
    from ...models.campaign_copy_result import CampaignCopyResult
    from ...models.campaign_create_request import CampaignCreateRequest
    from ...models.campaign_envelope import CampaignEnvelope
    from ...models.campaign_errors import CampaignErrors
    from ...models.campaign_link_list import CampaignLinkList
    from ...models.campaign_list import CampaignList
    from ...models.campaign_list_link_list import CampaignListLinkList
    from ...models.campaign_message_list import CampaignMessageList
    from ...models.campaign_settings import CampaignSettings
    from ...models.campaign_settings_input import CampaignSettingsInput
    from ...models.error_response import ErrorResponse
    from ...models.link_datum_list import LinkDatumList
    from ...models.message_activity_list import MessageActivityList
    from ...models.sort_direction import SortDirection, check_sort_direction
    from .. import AsyncCaller, Caller


class CampaignsOperations:
    """The `campaigns` operations: each returns the parsed 2xx body."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_campaigns(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        orders_sdate: SortDirection | Unset = UNSET,
        orders_ldate: SortDirection | Unset = UNSET,
        filters_seriesid: str | Unset = UNSET,
        filters_type: str | Unset = UNSET,
        filters_list_id: str | Unset = UNSET,
        filters_automation: str | Unset = UNSET,
        filters_willrecur: str | Unset = UNSET,
        filters_label_name: str | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_id: str | Unset = UNSET,
        filters_status: str | Unset = UNSET,
        orders_mdate: SortDirection | Unset = UNSET,
        orders_status: SortDirection | Unset = UNSET,
    ) -> CampaignList:
        """List campaigns, optionally those of one automation

        `GET /campaigns`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            orders_sdate: Sort direction of an `orders[...]` parameter.
            orders_ldate: Sort direction of an `orders[...]` parameter.
            filters_seriesid: Keep the campaigns sent by this automation.
            filters_type: Only campaigns of this type (for example `single`, `recurring`, `split`,
                `responder`).
            filters_list_id: Only campaigns sent to this list.
            filters_automation: Only campaigns of automations (1) or not (0).
            filters_willrecur: Only recurring (1) or one-off (0) campaigns.
            filters_label_name: Only campaigns with this label.
            filters_name: Only campaigns whose name contains this text.
            filters_id: Only this campaign.
            filters_status: Only campaigns in this state (0 draft, 1 scheduled, 2 sending, 3 paused, 4
                stopped, 5 completed).
            orders_mdate: Sort direction of an `orders[...]` parameter.
            orders_status: Sort direction of an `orders[...]` parameter.

        """
        from . import list_campaigns as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            orders_sdate=orders_sdate,
            orders_ldate=orders_ldate,
            filters_seriesid=filters_seriesid,
            filters_type=filters_type,
            filters_list_id=filters_list_id,
            filters_automation=filters_automation,
            filters_willrecur=filters_willrecur,
            filters_label_name=filters_label_name,
            filters_name=filters_name,
            filters_id=filters_id,
            filters_status=filters_status,
            orders_mdate=orders_mdate,
            orders_status=orders_status,
        )
        return cast("CampaignList", self._caller.call(_operation.ROUTE, request))

    def get_campaign(
        self,
        id: str,
    ) -> CampaignEnvelope:
        """Retrieve a campaign with its settings and send statistics

        `GET /campaigns/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_campaign as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CampaignEnvelope", self._caller.call(_operation.ROUTE, request))

    def list_campaign_links(
        self,
        id: str,
    ) -> CampaignLinkList:
        """List the tracked links (and read trackers) of a campaign

        `GET /campaigns/{id}/links`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_campaign_links as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CampaignLinkList", self._caller.call(_operation.ROUTE, request))

    def copy_campaign(
        self,
        id: str,
    ) -> CampaignCopyResult:
        """Copy a campaign into a new draft

        `POST /campaigns/{id}/copy`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import copy_campaign as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CampaignCopyResult", self._caller.call(_operation.ROUTE, request))

    def edit_campaign(
        self,
        id: str,
        *,
        body: CampaignSettingsInput,
    ) -> CampaignSettings:
        """Change a draft campaign's settings

        `PUT /campaigns/{id}/edit`

        Only the attributes sent change. The published reference shows no response for this call; the
        declared one (the id with the settings, as the create call answers) is inferred.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body: Draft campaign settings to change. The body is not wrapped; send only what changes.

        """
        from . import edit_campaign as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("CampaignSettings", self._caller.call(_operation.ROUTE, request))

    def create_campaign(
        self,
        *,
        body: CampaignCreateRequest,
    ) -> CampaignSettings:
        """Create a draft campaign

        `POST /campaign`

        Args:
            body: A new draft campaign. The body is not wrapped.

        """
        from . import create_campaign as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CampaignSettings", self._caller.call(_operation.ROUTE, request))

    def list_links(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignLinkList:
        """List the tracked links of every campaign

        `GET /links`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `campaign_links`). Items are shaped like those of `GET /campaigns/{id}/links`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_links as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("CampaignLinkList", self._caller.call(_operation.ROUTE, request))

    def list_campaign_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignListLinkList:
        """List which lists each campaign was sent to

        `GET /campaignLists`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `campaign_lists`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_lists as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("CampaignListLinkList", self._caller.call(_operation.ROUTE, request))

    def list_campaign_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignMessageList:
        """List the messages of every campaign with their counts

        `GET /campaignMessages`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `campaign_messages`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_messages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("CampaignMessageList", self._caller.call(_operation.ROUTE, request))

    def list_campaign_campaign_messages(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignMessageList:
        """List the messages of one campaign with their counts

        `GET /campaigns/{id}/campaignMessages`

        Undocumented: called by selesnow/ractivecampaign (`R/ac_get_campaigns_messages.R`). Items are shaped
        like those of `GET /campaignMessages`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_campaign_messages as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("CampaignMessageList", self._caller.call(_operation.ROUTE, request))

    def list_campaign_aggregate_revenues(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignAggregateRevenueList:
        """List the revenue attributed to one campaign

        `GET /campaigns/{id}/aggregateRevenues`

        Undocumented: called by selesnow/ractivecampaign (`R/ac_get_campaigns_aggregate_revenues.R`). That
        client reads the `aggregateRevenues` array without naming its fields, so items are kept as sent.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_aggregate_revenues as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("CampaignAggregateRevenueList", self._caller.call(_operation.ROUTE, request))

    def list_message_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> MessageActivityList:
        """List open and click events of campaign emails

        `GET /messageActivities`

        Undocumented: called by ji282h7/activecampaign-claw (`scripts/_ac_client.py`). Not every plan
        exposes it (404); that client then falls back to `GET /linkData`. The item fields are those the
        client reads.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_message_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("MessageActivityList", self._caller.call(_operation.ROUTE, request))

    def list_campaign_message_activities(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> MessageActivityList:
        """List open and click events of one campaign

        `GET /campaigns/{id}/messageActivities`

        Undocumented: called by ji282h7/activecampaign-claw (`scripts/campaign_postmortem.py`). Items are
        shaped like those of `GET /messageActivities`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_message_activities as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("MessageActivityList", self._caller.call(_operation.ROUTE, request))

    def list_link_data(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> LinkDatumList:
        """List click events of tracked links

        `GET /linkData`

        Undocumented: called by ji282h7/activecampaign-claw (`scripts/_ac_client.py`). The item fields are
        those the client reads.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_link_data as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("LinkDatumList", self._caller.call(_operation.ROUTE, request))


class AsyncCampaignsOperations:
    """The `campaigns` operations, awaitable: each returns the parsed 2xx body."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_campaigns(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        orders_sdate: SortDirection | Unset = UNSET,
        orders_ldate: SortDirection | Unset = UNSET,
        filters_seriesid: str | Unset = UNSET,
        filters_type: str | Unset = UNSET,
        filters_list_id: str | Unset = UNSET,
        filters_automation: str | Unset = UNSET,
        filters_willrecur: str | Unset = UNSET,
        filters_label_name: str | Unset = UNSET,
        filters_name: str | Unset = UNSET,
        filters_id: str | Unset = UNSET,
        filters_status: str | Unset = UNSET,
        orders_mdate: SortDirection | Unset = UNSET,
        orders_status: SortDirection | Unset = UNSET,
    ) -> CampaignList:
        """List campaigns, optionally those of one automation

        `GET /campaigns`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            orders_sdate: Sort direction of an `orders[...]` parameter.
            orders_ldate: Sort direction of an `orders[...]` parameter.
            filters_seriesid: Keep the campaigns sent by this automation.
            filters_type: Only campaigns of this type (for example `single`, `recurring`, `split`,
                `responder`).
            filters_list_id: Only campaigns sent to this list.
            filters_automation: Only campaigns of automations (1) or not (0).
            filters_willrecur: Only recurring (1) or one-off (0) campaigns.
            filters_label_name: Only campaigns with this label.
            filters_name: Only campaigns whose name contains this text.
            filters_id: Only this campaign.
            filters_status: Only campaigns in this state (0 draft, 1 scheduled, 2 sending, 3 paused, 4
                stopped, 5 completed).
            orders_mdate: Sort direction of an `orders[...]` parameter.
            orders_status: Sort direction of an `orders[...]` parameter.

        """
        from . import list_campaigns as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
            orders_sdate=orders_sdate,
            orders_ldate=orders_ldate,
            filters_seriesid=filters_seriesid,
            filters_type=filters_type,
            filters_list_id=filters_list_id,
            filters_automation=filters_automation,
            filters_willrecur=filters_willrecur,
            filters_label_name=filters_label_name,
            filters_name=filters_name,
            filters_id=filters_id,
            filters_status=filters_status,
            orders_mdate=orders_mdate,
            orders_status=orders_status,
        )
        return cast("CampaignList", await self._caller.call(_operation.ROUTE, request))

    async def get_campaign(
        self,
        id: str,
    ) -> CampaignEnvelope:
        """Retrieve a campaign with its settings and send statistics

        `GET /campaigns/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import get_campaign as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CampaignEnvelope", await self._caller.call(_operation.ROUTE, request))

    async def list_campaign_links(
        self,
        id: str,
    ) -> CampaignLinkList:
        """List the tracked links (and read trackers) of a campaign

        `GET /campaigns/{id}/links`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import list_campaign_links as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CampaignLinkList", await self._caller.call(_operation.ROUTE, request))

    async def copy_campaign(
        self,
        id: str,
    ) -> CampaignCopyResult:
        """Copy a campaign into a new draft

        `POST /campaigns/{id}/copy`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        from . import copy_campaign as _operation

        request = _operation._get_kwargs(
            id=id,
        )
        return cast("CampaignCopyResult", await self._caller.call(_operation.ROUTE, request))

    async def edit_campaign(
        self,
        id: str,
        *,
        body: CampaignSettingsInput,
    ) -> CampaignSettings:
        """Change a draft campaign's settings

        `PUT /campaigns/{id}/edit`

        Only the attributes sent change. The published reference shows no response for this call; the
        declared one (the id with the settings, as the create call answers) is inferred.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            body: Draft campaign settings to change. The body is not wrapped; send only what changes.

        """
        from . import edit_campaign as _operation

        request = _operation._get_kwargs(
            id=id,
            body=body,
        )
        return cast("CampaignSettings", await self._caller.call(_operation.ROUTE, request))

    async def create_campaign(
        self,
        *,
        body: CampaignCreateRequest,
    ) -> CampaignSettings:
        """Create a draft campaign

        `POST /campaign`

        Args:
            body: A new draft campaign. The body is not wrapped.

        """
        from . import create_campaign as _operation

        request = _operation._get_kwargs(
            body=body,
        )
        return cast("CampaignSettings", await self._caller.call(_operation.ROUTE, request))

    async def list_links(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignLinkList:
        """List the tracked links of every campaign

        `GET /links`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `campaign_links`). Items are shaped like those of `GET /campaigns/{id}/links`.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_links as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("CampaignLinkList", await self._caller.call(_operation.ROUTE, request))

    async def list_campaign_lists(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignListLinkList:
        """List which lists each campaign was sent to

        `GET /campaignLists`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `campaign_lists`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_lists as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("CampaignListLinkList", await self._caller.call(_operation.ROUTE, request))

    async def list_campaign_messages(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignMessageList:
        """List the messages of every campaign with their counts

        `GET /campaignMessages`

        Undocumented: called by singer-io/tap-activecampaign (`tap_activecampaign/streams.py`, stream
        `campaign_messages`). The item shape follows that client's schema for the stream.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_messages as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("CampaignMessageList", await self._caller.call(_operation.ROUTE, request))

    async def list_campaign_campaign_messages(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignMessageList:
        """List the messages of one campaign with their counts

        `GET /campaigns/{id}/campaignMessages`

        Undocumented: called by selesnow/ractivecampaign (`R/ac_get_campaigns_messages.R`). Items are shaped
        like those of `GET /campaignMessages`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_campaign_messages as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("CampaignMessageList", await self._caller.call(_operation.ROUTE, request))

    async def list_campaign_aggregate_revenues(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> CampaignAggregateRevenueList:
        """List the revenue attributed to one campaign

        `GET /campaigns/{id}/aggregateRevenues`

        Undocumented: called by selesnow/ractivecampaign (`R/ac_get_campaigns_aggregate_revenues.R`). That
        client reads the `aggregateRevenues` array without naming its fields, so items are kept as sent.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_aggregate_revenues as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("CampaignAggregateRevenueList", await self._caller.call(_operation.ROUTE, request))

    async def list_message_activities(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> MessageActivityList:
        """List open and click events of campaign emails

        `GET /messageActivities`

        Undocumented: called by ji282h7/activecampaign-claw (`scripts/_ac_client.py`). Not every plan
        exposes it (404); that client then falls back to `GET /linkData`. The item fields are those the
        client reads.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_message_activities as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("MessageActivityList", await self._caller.call(_operation.ROUTE, request))

    async def list_campaign_message_activities(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> MessageActivityList:
        """List open and click events of one campaign

        `GET /campaigns/{id}/messageActivities`

        Undocumented: called by ji282h7/activecampaign-claw (`scripts/campaign_postmortem.py`). Items are
        shaped like those of `GET /messageActivities`.

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_campaign_message_activities as _operation

        request = _operation._get_kwargs(
            id=id,
            limit=limit,
            offset=offset,
        )
        return cast("MessageActivityList", await self._caller.call(_operation.ROUTE, request))

    async def list_link_data(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> LinkDatumList:
        """List click events of tracked links

        `GET /linkData`

        Undocumented: called by ji282h7/activecampaign-claw (`scripts/_ac_client.py`). The item fields are
        those the client reads.

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.

        """
        from . import list_link_data as _operation

        request = _operation._get_kwargs(
            limit=limit,
            offset=offset,
        )
        return cast("LinkDatumList", await self._caller.call(_operation.ROUTE, request))
