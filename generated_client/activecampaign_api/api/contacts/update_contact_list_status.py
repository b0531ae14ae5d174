from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.contact_list_envelope import ContactListEnvelope
from ...models.contact_list_status_request import ContactListStatusRequest


def _get_kwargs(
    *,
    body: ContactListStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contactLists",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ContactListEnvelope:
    if response.status_code == 200:
        response_200 = ContactListEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = ContactListEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
