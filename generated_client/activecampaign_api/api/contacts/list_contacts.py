from __future__ import annotations

import datetime
from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_list import ContactList
from ...models.list_contacts_force_query import ListContactsForceQuery
from ...models.list_contacts_in_group_lists import ListContactsInGroupLists
from ...models.list_contacts_include_item import ListContactsIncludeItem
from ...models.list_contacts_status import ListContactsStatus
from ...models.sort_direction import SortDirection
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["ids"] = ids

    params["email"] = email

    params["email_like"] = email_like

    params["exclude"] = exclude

    params["formid"] = formid

    params["id_greater"] = id_greater

    params["id_less"] = id_less

    params["listid"] = listid

    params["phone"] = phone

    params["organization"] = organization

    params["search"] = search

    params["segmentid"] = segmentid

    json_force_query: int | Unset = UNSET
    if not isinstance(force_query, Unset):
        json_force_query = force_query

    params["forceQuery"] = json_force_query

    params["seriesid"] = seriesid

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["tagid"] = tagid

    params["waitid"] = waitid

    json_in_group_lists: str | Unset = UNSET
    if not isinstance(in_group_lists, Unset):
        json_in_group_lists = in_group_lists

    params["in_group_lists"] = json_in_group_lists

    json_filters_created_before: str | Unset = UNSET
    if not isinstance(filters_created_before, Unset):
        json_filters_created_before = filters_created_before.isoformat()
    params["filters[created_before]"] = json_filters_created_before

    json_filters_created_after: str | Unset = UNSET
    if not isinstance(filters_created_after, Unset):
        json_filters_created_after = filters_created_after.isoformat()
    params["filters[created_after]"] = json_filters_created_after

    json_filters_updated_before: str | Unset = UNSET
    if not isinstance(filters_updated_before, Unset):
        json_filters_updated_before = filters_updated_before.isoformat()
    params["filters[updated_before]"] = json_filters_updated_before

    json_filters_updated_after: str | Unset = UNSET
    if not isinstance(filters_updated_after, Unset):
        json_filters_updated_after = filters_updated_after.isoformat()
    params["filters[updated_after]"] = json_filters_updated_after

    json_orders_id: str | Unset = UNSET
    if not isinstance(orders_id, Unset):
        json_orders_id = orders_id

    params["orders[id]"] = json_orders_id

    json_orders_cdate: str | Unset = UNSET
    if not isinstance(orders_cdate, Unset):
        json_orders_cdate = orders_cdate

    params["orders[cdate]"] = json_orders_cdate

    json_orders_email: str | Unset = UNSET
    if not isinstance(orders_email, Unset):
        json_orders_email = orders_email

    params["orders[email]"] = json_orders_email

    json_orders_first_name: str | Unset = UNSET
    if not isinstance(orders_first_name, Unset):
        json_orders_first_name = orders_first_name

    params["orders[first_name]"] = json_orders_first_name

    json_orders_last_name: str | Unset = UNSET
    if not isinstance(orders_last_name, Unset):
        json_orders_last_name = orders_last_name

    params["orders[last_name]"] = json_orders_last_name

    json_orders_name: str | Unset = UNSET
    if not isinstance(orders_name, Unset):
        json_orders_name = orders_name

    params["orders[name]"] = json_orders_name

    json_orders_score: str | Unset = UNSET
    if not isinstance(orders_score, Unset):
        json_orders_score = orders_score

    params["orders[score]"] = json_orders_score

    params["sortId"] = sort_id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactList:
    if status == 200:
        return cast(ContactList, _decode(content, ContactList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listContacts",
    method="GET",
    path="/contacts",
    server=None,
    idempotent=True,
    comma_separated=frozenset(("include",)),
    success=(200,),
    parse=_parse_response,
)
