from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_note_envelope import AccountNoteEnvelope
from ...models.account_note_request import AccountNoteRequest
from ...types import path_segment
from .. import Route


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


def _parse_response(status: int, content: bytes) -> AccountNoteEnvelope:
    if status == 200:
        return cast(AccountNoteEnvelope, _decode(content, AccountNoteEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateAccountNote",
    method="PUT",
    path="/accounts/{id}/notes/{noteId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
