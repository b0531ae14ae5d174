from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_tag_list import ContactTagList
from ...models.list_contact_tags_include_item import ListContactTagsIncludeItem
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    include: list[ListContactTagsIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

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
        "url": "/contactTags",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactTagList:
    if status == 200:
        return cast(ContactTagList, _decode(content, ContactTagList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listContactTags",
    method="GET",
    path="/contactTags",
    server=None,
    idempotent=True,
    comma_separated=frozenset(("include",)),
    success=(200,),
    parse=_parse_response,
)
