from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.user_update_request import UserUpdateRequest
from ...models.user_updated import UserUpdated
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: UserUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> UserUpdated:
    if status == 200:
        return cast(UserUpdated, _decode(content, UserUpdated))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updateUser",
    method="PUT",
    path="/users/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
