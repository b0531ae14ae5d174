from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.custom_object_record_list import CustomObjectRecordList
from ...types import UNSET, Unset, path_segment


def _get_kwargs(
    schema_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_relationships_primary_contact_eq: str | Unset = UNSET,
    filters_relationships_account_eq: str | Unset = UNSET,
    filters_relationships_deal_eq: str | Unset = UNSET,
    filters_created_timestamp_gt: str | Unset = UNSET,
    filters_updated_timestamp_gt: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[relationships.primary-contact][eq]"] = filters_relationships_primary_contact_eq

    params["filters[relationships.account][eq]"] = filters_relationships_account_eq

    params["filters[relationships.deal][eq]"] = filters_relationships_deal_eq

    params["filters[createdTimestamp][gt]"] = filters_created_timestamp_gt

    params["filters[updatedTimestamp][gt]"] = filters_updated_timestamp_gt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/records/{schema_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CustomObjectRecordList:
    if response.status_code == 200:
        response_200 = CustomObjectRecordList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
