from __future__ import annotations

from typing import Any

from ... import errors
from ...types import path_segment
from .. import Route


def _get_kwargs(
    schema_id: str,
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customObjects/records/{schema_id}/external/{external_id}".format(
            schema_id=path_segment(schema_id, "schema_id", numeric=False),
            external_id=path_segment(external_id, "external_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> None:
    if status == 202:
        return None
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="deleteCustomObjectRecordByExternalId",
    method="DELETE",
    path="/customObjects/records/{schemaId}/external/{externalId}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(202,),
    parse=_parse_response,
)
