from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.deal_custom_field_envelope import DealCustomFieldEnvelope
from ...models.deal_custom_field_update_request import DealCustomFieldUpdateRequest


def _get_kwargs(
    id: str,
    *,
    body: DealCustomFieldUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealCustomFieldMeta/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealCustomFieldEnvelope:
    if response.status_code == 200:
        response_200 = DealCustomFieldEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
