from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_view_score_values import ContactViewScoreValues
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/{id}/scoreValues".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactViewScoreValues:
    if status == 200:
        return cast(ContactViewScoreValues, _decode(content, ContactViewScoreValues))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listContactScoreValues",
    method="GET",
    path="/contacts/{id}/scoreValues",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
