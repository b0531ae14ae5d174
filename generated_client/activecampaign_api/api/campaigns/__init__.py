"""Contains endpoint functions for accessing the API"""

from typing import Any, cast

from ...models.campaign_copy_result import CampaignCopyResult
from ...models.campaign_create_request import CampaignCreateRequest
from ...models.campaign_envelope import CampaignEnvelope
from ...models.campaign_errors import CampaignErrors
from ...models.campaign_link_list import CampaignLinkList
from ...models.campaign_list import CampaignList
from ...models.campaign_settings import CampaignSettings
from ...models.campaign_settings_input import CampaignSettingsInput
from ...models.error_response import ErrorResponse
from ...models.sort_direction import SortDirection, check_sort_direction
from ...types import UNSET, Unset
from .. import AsyncCaller, Caller
from . import copy_campaign as _copy_campaign
from . import create_campaign as _create_campaign
from . import edit_campaign as _edit_campaign
from . import get_campaign as _get_campaign
from . import list_campaign_links as _list_campaign_links
from . import list_campaigns as _list_campaigns


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
    ) -> CampaignList:
        """List campaigns, optionally those of one automation

        `GET /campaigns`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            orders_sdate: Sort direction of an `orders[...]` parameter.
            orders_ldate: Sort direction of an `orders[...]` parameter.
            filters_seriesid: Keep the campaigns sent by this automation.

        """
        request = _list_campaigns._get_kwargs(
            limit=limit,
            offset=offset,
            orders_sdate=orders_sdate,
            orders_ldate=orders_ldate,
            filters_seriesid=filters_seriesid,
        )
        return cast(CampaignList, self._caller.call(request, _list_campaigns._parse_response, (200,)))

    def get_campaign(
        self,
        id: str,
    ) -> CampaignEnvelope:
        """Retrieve a campaign with its settings and send statistics

        `GET /campaigns/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_campaign._get_kwargs(
            id=id,
        )
        return cast(CampaignEnvelope, self._caller.call(request, _get_campaign._parse_response, (200,)))

    def list_campaign_links(
        self,
        id: str,
    ) -> CampaignLinkList:
        """List the tracked links (and read trackers) of a campaign

        `GET /campaigns/{id}/links`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _list_campaign_links._get_kwargs(
            id=id,
        )
        return cast(CampaignLinkList, self._caller.call(request, _list_campaign_links._parse_response, (200,)))

    def copy_campaign(
        self,
        id: str,
    ) -> CampaignCopyResult:
        """Copy a campaign into a new draft

        `POST /campaigns/{id}/copy`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _copy_campaign._get_kwargs(
            id=id,
        )
        return cast(CampaignCopyResult, self._caller.call(request, _copy_campaign._parse_response, (200,)))

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
        request = _edit_campaign._get_kwargs(
            id=id,
            body=body,
        )
        return cast(CampaignSettings, self._caller.call(request, _edit_campaign._parse_response, (200,)))

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
        request = _create_campaign._get_kwargs(
            body=body,
        )
        return cast(CampaignSettings, self._caller.call(request, _create_campaign._parse_response, (200, 201)))


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
    ) -> CampaignList:
        """List campaigns, optionally those of one automation

        `GET /campaigns`

        Args:
            limit: Page size. The API defaults to 20 and caps it at 100.
            offset: Number of items to skip before the page starts.
            orders_sdate: Sort direction of an `orders[...]` parameter.
            orders_ldate: Sort direction of an `orders[...]` parameter.
            filters_seriesid: Keep the campaigns sent by this automation.

        """
        request = _list_campaigns._get_kwargs(
            limit=limit,
            offset=offset,
            orders_sdate=orders_sdate,
            orders_ldate=orders_ldate,
            filters_seriesid=filters_seriesid,
        )
        return cast(CampaignList, await self._caller.call(request, _list_campaigns._parse_response, (200,)))

    async def get_campaign(
        self,
        id: str,
    ) -> CampaignEnvelope:
        """Retrieve a campaign with its settings and send statistics

        `GET /campaigns/{id}`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _get_campaign._get_kwargs(
            id=id,
        )
        return cast(CampaignEnvelope, await self._caller.call(request, _get_campaign._parse_response, (200,)))

    async def list_campaign_links(
        self,
        id: str,
    ) -> CampaignLinkList:
        """List the tracked links (and read trackers) of a campaign

        `GET /campaigns/{id}/links`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _list_campaign_links._get_kwargs(
            id=id,
        )
        return cast(CampaignLinkList, await self._caller.call(request, _list_campaign_links._parse_response, (200,)))

    async def copy_campaign(
        self,
        id: str,
    ) -> CampaignCopyResult:
        """Copy a campaign into a new draft

        `POST /campaigns/{id}/copy`

        Args:
            id: Numeric id of the resource, as the API returns it (a string of digits).

        """
        request = _copy_campaign._get_kwargs(
            id=id,
        )
        return cast(CampaignCopyResult, await self._caller.call(request, _copy_campaign._parse_response, (200,)))

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
        request = _edit_campaign._get_kwargs(
            id=id,
            body=body,
        )
        return cast(CampaignSettings, await self._caller.call(request, _edit_campaign._parse_response, (200,)))

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
        request = _create_campaign._get_kwargs(
            body=body,
        )
        return cast(CampaignSettings, await self._caller.call(request, _create_campaign._parse_response, (200, 201)))
