from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_custom_field_message import AccountCustomFieldMessage
from ...models.account_custom_field_value_new import AccountCustomFieldValueNew
from .. import Route


def _get_kwargs(
    *,
    body: list[AccountCustomFieldValueNew],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountCustomFieldData/bulkCreate",
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountCustomFieldMessage:
    if status == 200:
        return cast(AccountCustomFieldMessage, _decode(content, AccountCustomFieldMessage))
    if status == 201:
        return cast(AccountCustomFieldMessage, _decode(content, AccountCustomFieldMessage))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="bulkCreateAccountCustomFieldValues",
    method="POST",
    path="/accountCustomFieldData/bulkCreate",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
