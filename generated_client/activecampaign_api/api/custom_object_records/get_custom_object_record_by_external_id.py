from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_object_record_envelope import CustomObjectRecordEnvelope
from ...types import path_segment
from .. import Route


def _get_kwargs(
    schema_id: str,
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/records/{schema_id}/external/{external_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
            external_id=path_segment(external_id, "external_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomObjectRecordEnvelope:
    if status == 200:
        return cast(CustomObjectRecordEnvelope, _decode(content, CustomObjectRecordEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getCustomObjectRecordByExternalId",
    method="GET",
    path="/customObjects/records/{schemaId}/external/{externalId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
