from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_rel_envelope import FieldRelEnvelope
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fieldRels/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldRelEnvelope:
    if status == 200:
        return cast(FieldRelEnvelope, _decode(content, FieldRelEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getFieldRelation",
    method="GET",
    path="/fieldRels/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
