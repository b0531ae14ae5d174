from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_custom_field_envelope import DealCustomFieldEnvelope
from ...models.deal_custom_field_update_envelope import DealCustomFieldUpdateEnvelope
from ...models.deal_custom_field_update_plural_envelope import DealCustomFieldUpdatePluralEnvelope
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: DealCustomFieldUpdateEnvelope | DealCustomFieldUpdatePluralEnvelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/dealCustomFieldMeta/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    if isinstance(body, DealCustomFieldUpdateEnvelope):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> DealCustomFieldEnvelope:
    if status == 200:
        return cast(DealCustomFieldEnvelope, _decode(content, DealCustomFieldEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateDealCustomField",
    method="PUT",
    path="/dealCustomFieldMeta/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
