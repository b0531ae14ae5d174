from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_option_bulk_request import FieldOptionBulkRequest
from ...models.field_option_list import FieldOptionList
from .. import Route


def _get_kwargs(
    *,
    body: FieldOptionBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fieldOptions/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldOptionList:
    if status == 200:
        return cast(FieldOptionList, _decode(content, FieldOptionList))
    if status == 201:
        return cast(FieldOptionList, _decode(content, FieldOptionList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="bulkCreateFieldOptionsPlural",
    method="POST",
    path="/fieldOptions/bulk",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
