from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.campaign_link_list import CampaignLinkList
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{id}/links".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> CampaignLinkList:
    if status == 200:
        return cast(CampaignLinkList, _decode(content, CampaignLinkList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listCampaignLinks",
    method="GET",
    path="/campaigns/{id}/links",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
