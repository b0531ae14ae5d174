from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_field_value_request import CustomFieldValueRequest
from ...models.custom_field_value_saved_envelope import CustomFieldValueSavedEnvelope
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: CustomFieldValueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/fieldValues/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomFieldValueSavedEnvelope:
    if status == 200:
        return cast(CustomFieldValueSavedEnvelope, _decode(content, CustomFieldValueSavedEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateFieldValue",
    method="PUT",
    path="/fieldValues/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
