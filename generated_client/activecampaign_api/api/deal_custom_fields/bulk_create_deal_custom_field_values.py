from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_custom_field_message import DealCustomFieldMessage
from ...models.deal_custom_field_value_new import DealCustomFieldValueNew
from .. import Route


def _get_kwargs(
    *,
    body: list[DealCustomFieldValueNew],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dealCustomFieldData/bulkCreate",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealCustomFieldMessage:
    if status == 200:
        return cast(DealCustomFieldMessage, _decode(content, DealCustomFieldMessage))
    if status == 201:
        return cast(DealCustomFieldMessage, _decode(content, DealCustomFieldMessage))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="bulkCreateDealCustomFieldValues",
    method="POST",
    path="/dealCustomFieldData/bulkCreate",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
