from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.stripo_config import StripoConfig
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    campaign_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaignId"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stripo/config",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> StripoConfig:
    if status == 200:
        return cast(StripoConfig, _decode(content, StripoConfig))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getStripoConfig",
    method="GET",
    path="/stripo/config",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
