from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_custom_field_value_envelope import AccountCustomFieldValueEnvelope
from ...models.account_custom_field_value_update_request import AccountCustomFieldValueUpdateRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: AccountCustomFieldValueUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accountCustomFieldData/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountCustomFieldValueEnvelope:
    if status == 200:
        return cast(AccountCustomFieldValueEnvelope, _decode(content, AccountCustomFieldValueEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateAccountCustomFieldValue",
    method="PUT",
    path="/accountCustomFieldData/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
