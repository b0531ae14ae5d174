from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.account_note_envelope import AccountNoteEnvelope
from ...models.account_note_request import AccountNoteRequest
from ...types import path_segment


def _get_kwargs(
    id: str,
    note_id: str,
    *,
    body: AccountNoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{id}/notes/{note_id}".format(
            id=path_segment(id, "id", numeric=True),
            note_id=path_segment(note_id, "note_id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AccountNoteEnvelope:
    if response.status_code == 200:
        response_200 = AccountNoteEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
