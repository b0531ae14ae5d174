from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...models.custom_object_schema_write_request import CustomObjectSchemaWriteRequest
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: CustomObjectSchemaWriteRequest,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(validate_only, Unset):
        headers["validateOnly"] = "true" if validate_only else "false"

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/customObjects/schemas/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomObjectSchemaEnvelope:
    if status == 200:
        return cast(CustomObjectSchemaEnvelope, _decode(content, CustomObjectSchemaEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateCustomObjectSchema",
    method="PUT",
    path="/customObjects/schemas/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
