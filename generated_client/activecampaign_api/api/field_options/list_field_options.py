from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.field_option_list import FieldOptionList
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fields/{id}/options".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> FieldOptionList:
    if status == 200:
        return cast(FieldOptionList, _decode(content, FieldOptionList))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="listFieldOptions",
    method="GET",
    path="/fields/{id}/options",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
