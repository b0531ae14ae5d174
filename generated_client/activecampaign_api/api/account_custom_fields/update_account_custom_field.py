from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.account_custom_field_envelope import AccountCustomFieldEnvelope
from ...models.account_custom_field_update_request import AccountCustomFieldUpdateRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: AccountCustomFieldUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accountCustomFieldMeta/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> AccountCustomFieldEnvelope:
    if status == 200:
        return cast(AccountCustomFieldEnvelope, _decode(content, AccountCustomFieldEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateAccountCustomField",
    method="PUT",
    path="/accountCustomFieldMeta/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
