import datetime
from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.sms_broadcast_failure_list import SmsBroadcastFailureList
from ...types import UNSET, Unset, path_segment


def _get_kwargs(
    id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/sms/broadcasts/metrics/{id}/failures".format(
            id=path_segment(id, "id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SmsBroadcastFailureList:
    if response.status_code == 200:
        response_200 = SmsBroadcastFailureList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
