from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.campaign_settings import CampaignSettings
from ...models.campaign_settings_input import CampaignSettingsInput
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: CampaignSettingsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/campaigns/{id}/edit".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> CampaignSettings:
    if status == 200:
        return cast(CampaignSettings, _decode(content, CampaignSettings))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="editCampaign",
    method="PUT",
    path="/campaigns/{id}/edit",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
