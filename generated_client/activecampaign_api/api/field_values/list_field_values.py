from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_field_value_list import CustomFieldValueList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filters_fieldid: str | Unset = UNSET,
    filters_val: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filters[fieldid]"] = filters_fieldid

    params["filters[val]"] = filters_val

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fieldValues",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomFieldValueList:
    if status == 200:
        return cast(CustomFieldValueList, _decode(content, CustomFieldValueList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listFieldValues",
    method="GET",
    path="/fieldValues",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
