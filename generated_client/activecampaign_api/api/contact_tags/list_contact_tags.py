from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.contact_tag_list import ContactTagList
from ...models.list_contact_tags_include_item import ListContactTagsIncludeItem
from ...types import UNSET, Unset


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


def _parse_response(response: httpx.Response) -> ContactTagList:
    if response.status_code == 200:
        response_200 = ContactTagList.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
