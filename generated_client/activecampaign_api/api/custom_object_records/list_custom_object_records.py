from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_object_record_list import CustomObjectRecordList
from ...types import UNSET, Unset, path_segment
from .. import Route


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


def _parse_response(status: int, content: bytes) -> CustomObjectRecordList:
    if status == 200:
        return cast(CustomObjectRecordList, _decode(content, CustomObjectRecordList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listCustomObjectRecords",
    method="GET",
    path="/customObjects/records/{schemaId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
