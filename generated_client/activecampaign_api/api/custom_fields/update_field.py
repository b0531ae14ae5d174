from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_envelope import FieldEnvelope
from ...models.field_update_request import FieldUpdateRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: FieldUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/fields/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldEnvelope:
    if status == 200:
        return cast(FieldEnvelope, _decode(content, FieldEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateField",
    method="PUT",
    path="/fields/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
