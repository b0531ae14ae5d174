from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.saved_response_envelope import SavedResponseEnvelope
from ...models.saved_response_update_request import SavedResponseUpdateRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: SavedResponseUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/savedResponses/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> SavedResponseEnvelope:
    if status == 200:
        return cast(SavedResponseEnvelope, _decode(content, SavedResponseEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateSavedResponse",
    method="PUT",
    path="/savedResponses/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
