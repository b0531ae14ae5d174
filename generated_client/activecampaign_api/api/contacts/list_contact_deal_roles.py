from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_view_contact_deals import ContactViewContactDeals
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{id}/contactDeals".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactViewContactDeals:
    if status == 200:
        return cast(ContactViewContactDeals, _decode(content, ContactViewContactDeals))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listContactDealRoles",
    method="GET",
    path="/contacts/{id}/contactDeals",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
