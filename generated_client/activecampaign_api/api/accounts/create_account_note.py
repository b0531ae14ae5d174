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
    *,
    body: AccountNoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{id}/notes".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountNoteEnvelope:
    if status == 200:
        return cast(AccountNoteEnvelope, _decode(content, AccountNoteEnvelope))
    if status == 201:
        return cast(AccountNoteEnvelope, _decode(content, AccountNoteEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createAccountNote",
    method="POST",
    path="/accounts/{id}/notes",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
