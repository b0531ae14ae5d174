from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/notes/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> dict[str, Any]:
    if status == 200:
        return cast(dict[str, Any], _decode(content, dict[str, Any]))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="deleteNote",
    method="DELETE",
    path="/notes/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
