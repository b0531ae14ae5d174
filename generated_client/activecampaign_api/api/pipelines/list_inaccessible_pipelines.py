from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.inaccessible_pipeline_list import InaccessiblePipelineList
from ...types import UNSET
from .. import Route


def _get_kwargs(
    *,
    deal_ids: list[int],
    user_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_deal_ids = deal_ids

    params["dealIds[]"] = json_deal_ids

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dealGroup/get_inaccessible_deal_groups",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> InaccessiblePipelineList:
    if status == 200:
        return cast(InaccessiblePipelineList, _decode(content, InaccessiblePipelineList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listInaccessiblePipelines",
    method="GET",
    path="/dealGroup/get_inaccessible_deal_groups",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
