from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.form_envelope import FormEnvelope
from ...models.form_update_request import FormUpdateRequest


def _get_kwargs(
    id: str,
    *,
    body: FormUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/forms/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FormEnvelope:
    if response.status_code == 200:
        response_200 = FormEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
