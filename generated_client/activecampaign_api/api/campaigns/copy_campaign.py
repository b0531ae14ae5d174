from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.campaign_copy_result import CampaignCopyResult
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{id}/copy".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> CampaignCopyResult:
    if status == 200:
        return cast(CampaignCopyResult, _decode(content, CampaignCopyResult))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="copyCampaign",
    method="POST",
    path="/campaigns/{id}/copy",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
