from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.automation_block_list import AutomationBlockList
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/automationBlocks",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> AutomationBlockList:
    if status == 200:
        return cast(AutomationBlockList, _decode(content, AutomationBlockList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listAutomationBlocks",
    method="GET",
    path="/automationBlocks",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
