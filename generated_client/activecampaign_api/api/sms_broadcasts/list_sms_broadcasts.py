import datetime
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.sms_broadcast_list import SmsBroadcastList
from ...models.sms_broadcast_status import SmsBroadcastStatus
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_name: str | Unset = UNSET,
    filters_status: SmsBroadcastStatus | Unset = UNSET,
    filters_type: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[name]"] = filters_name

    json_filters_status: str | Unset = UNSET
    if not isinstance(filters_status, Unset):
        json_filters_status = filters_status

    params["filters[status]"] = json_filters_status

    params["filters[type]"] = filters_type

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/broadcasts",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SmsBroadcastList:
    if response.status_code == 200:
        response_200 = SmsBroadcastList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
