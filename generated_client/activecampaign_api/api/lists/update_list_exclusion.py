from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.list_exclusion import ListExclusion
from ...models.list_exclusion_update_request import ListExclusionUpdateRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: ListExclusionUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/exclusions/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> ListExclusion:
    if status == 200:
        return cast(ListExclusion, _decode(content, ListExclusion))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateListExclusion",
    method="PUT",
    path="/lists/exclusions/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
