from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.custom_object_schema_envelope import CustomObjectSchemaEnvelope
from ...types import UNSET, Unset, path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    show_fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["showFields"] = show_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customObjects/schemas/{id}".format(
            id=path_segment(id, "id", numeric=False),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> CustomObjectSchemaEnvelope:
    if status == 200:
        return cast(CustomObjectSchemaEnvelope, _decode(content, CustomObjectSchemaEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getCustomObjectSchema",
    method="GET",
    path="/customObjects/schemas/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
