from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.deal_note_envelope import DealNoteEnvelope
from ...models.deal_note_request import DealNoteRequest


def _get_kwargs(
    id: str,
    *,
    body: DealNoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deals/{id}/notes".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DealNoteEnvelope:
    if response.status_code == 200:
        response_200 = DealNoteEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = DealNoteEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)
