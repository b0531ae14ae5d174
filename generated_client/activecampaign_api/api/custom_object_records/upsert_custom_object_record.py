from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_object_record_envelope import CustomObjectRecordEnvelope
from ...models.custom_object_record_write_request import CustomObjectRecordWriteRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    schema_id: str,
    *,
    body: CustomObjectRecordWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customObjects/records/{schema_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomObjectRecordEnvelope:
    if status == 200:
        return cast(CustomObjectRecordEnvelope, _decode(content, CustomObjectRecordEnvelope))
    if status == 201:
        return cast(CustomObjectRecordEnvelope, _decode(content, CustomObjectRecordEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="upsertCustomObjectRecord",
    method="POST",
    path="/customObjects/records/{schemaId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
