from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.user_envelope import UserEnvelope
from ...types import path_segment
from .. import Route


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/username/{username}".format(
            username=path_segment(username, "username", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> UserEnvelope:
    if status == 200:
        return cast(UserEnvelope, _decode(content, UserEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getUserByUsername",
    method="GET",
    path="/users/username/{username}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
