from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.form_envelope import FormEnvelope
from ...models.form_update_request import FormUpdateRequest
from ...types import path_segment


def _get_kwargs(
    id: str,
    *,
    body: FormUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/forms/{id}".format(
            id=path_segment(id, "id", numeric=True),
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
