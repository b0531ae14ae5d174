from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.personalization_tag_category import PersonalizationTagCategory
from ...types import UNSET, Unset
from .. import Route


def _get_kwargs(
    *,
    scope: str | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params["campaignId"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stripo/personalizationTags",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> list[PersonalizationTagCategory]:
    if status == 200:
        return cast(list[PersonalizationTagCategory], _decode(content, list[PersonalizationTagCategory]))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listStripoPersonalizationTags",
    method="GET",
    path="/stripo/personalizationTags",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
