from __future__ import annotations

import datetime
from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_sms_broadcast_recipients_filters_deliverability_item import (
    ListSmsBroadcastRecipientsFiltersDeliverabilityItem,
)
from ...models.sms_broadcast_recipient_list import SmsBroadcastRecipientList
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    id: int,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    filters_deliverability: list[ListSmsBroadcastRecipientsFiltersDeliverabilityItem] | Unset = UNSET,
    filters_engagement: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["search"] = search

    json_filters_deliverability: list[str] | Unset = UNSET
    if not isinstance(filters_deliverability, Unset):
        json_filters_deliverability = []
        for filters_deliverability_item_data in filters_deliverability:
            filters_deliverability_item: str = filters_deliverability_item_data
            json_filters_deliverability.append(filters_deliverability_item)

    params["filters[deliverability][]"] = json_filters_deliverability

    json_filters_engagement: list[str] | Unset = UNSET
    if not isinstance(filters_engagement, Unset):
        json_filters_engagement = filters_engagement

    params["filters[engagement][]"] = json_filters_engagement

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/broadcasts/{id}/recipients".format(
            id=path_segment(id, "id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SmsBroadcastRecipientList:
    if status == 200:
        return cast(SmsBroadcastRecipientList, _decode(content, SmsBroadcastRecipientList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listSmsBroadcastRecipients",
    method="GET",
    path="/sms/broadcasts/{id}/recipients",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
