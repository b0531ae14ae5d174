from __future__ import annotations

from typing import Any

from ... import errors
from ...types import UNSET
from .. import Route


def _get_kwargs(
    *,
    ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/personalizations/bulkdelete",
        "params": params,
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> str:
    if status == 200:
        return content.decode()
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="bulkDeletePersonalizations",
    method="DELETE",
    path="/personalizations/bulkdelete",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
