from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_group_list import FieldGroupList
from .. import Route


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groupMembers",
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldGroupList:
    if status == 200:
        return cast(FieldGroupList, _decode(content, FieldGroupList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listFieldGroups",
    method="GET",
    path="/groupMembers",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
