from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.form_create_request import FormCreateRequest
from ...models.form_envelope import FormEnvelope


def _get_kwargs(
    *,
    body: FormCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/forms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FormEnvelope:
    if response.status_code == 200:
        response_200 = FormEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = FormEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
