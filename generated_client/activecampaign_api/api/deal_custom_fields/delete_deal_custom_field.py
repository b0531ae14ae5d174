from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.deal_custom_field_message import DealCustomFieldMessage
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/dealCustomFieldMeta/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> DealCustomFieldMessage:
    if status == 200:
        return cast(DealCustomFieldMessage, _decode(content, DealCustomFieldMessage))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="deleteDealCustomField",
    method="DELETE",
    path="/dealCustomFieldMeta/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
