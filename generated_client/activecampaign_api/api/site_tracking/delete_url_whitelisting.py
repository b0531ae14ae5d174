from __future__ import annotations

from typing import Any

from ... import errors
from ...types import path_segment
from .. import Route


def _get_kwargs(
    domain_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/prism/urlWhitelistings/{domain_id}".format(
            domain_id=path_segment(domain_id, "domain_id", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> None:
    if status == 204:
        return None
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="deleteUrlWhitelisting",
    method="DELETE",
    path="/prism/urlWhitelistings/{domain_id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(204,),
    parse=_parse_response,
)
