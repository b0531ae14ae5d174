from __future__ import annotations

from typing import Any

from ... import errors
from ...types import path_segment
from .. import Route


def _get_kwargs(
    schema_id: str,
    record_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customObjects/records/{schema_id}/{record_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
            record_id=path_segment(record_id, "record_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> None:
    if status == 202:
        return None
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="deleteCustomObjectRecord",
    method="DELETE",
    path="/customObjects/records/{schemaId}/{recordId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(202,),
    parse=_parse_response,
)
