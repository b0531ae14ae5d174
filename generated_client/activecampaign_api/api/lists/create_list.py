from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.mailing_list_create_request import MailingListCreateRequest
from ...models.mailing_list_envelope import MailingListEnvelope


def _get_kwargs(
    *,
    body: MailingListCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MailingListEnvelope:
    if response.status_code == 200:
        response_200 = MailingListEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = MailingListEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
