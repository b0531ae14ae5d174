from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    schema_id: str,
    field_id: str,
    *,
    show_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["showFields"] = show_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customObjects/schemas/{schema_id}/fields/{field_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
            field_id=path_segment(field_id, "field_id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomObjectSchemaEnvelope:
    if status == 202:
        return cast(CustomObjectSchemaEnvelope, _decode(content, CustomObjectSchemaEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="deleteCustomObjectSchemaField",
    method="DELETE",
    path="/customObjects/schemas/{schemaId}/fields/{fieldId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(202,),
    parse=_parse_response,
)
