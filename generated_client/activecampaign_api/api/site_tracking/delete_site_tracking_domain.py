from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...types import path_segment
from .. import Route


def _get_kwargs(
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/siteTrackingDomains/{name}".format(
            name=path_segment(name, "name", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> dict[str, Any] | None:
    if status == 200:
        return cast(dict[str, Any], _decode(content, dict[str, Any]))
    if status == 204:
        return None
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="deleteSiteTrackingDomain",
    method="DELETE",
    path="/siteTrackingDomains/{name}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(
        200,
        204,
    ),
    parse=_parse_response,
)
