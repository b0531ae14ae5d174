from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.note_envelope import NoteEnvelope
from ...models.note_write_request import NoteWriteRequest
from .. import Route


def _get_kwargs(
    *,
    body: NoteWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> NoteEnvelope:
    if status == 200:
        return cast(NoteEnvelope, _decode(content, NoteEnvelope))
    if status == 201:
        return cast(NoteEnvelope, _decode(content, NoteEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createNote",
    method="POST",
    path="/notes",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
