from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.personalization_lock_result import PersonalizationLockResult
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/personalizations/{id}/lock".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> PersonalizationLockResult:
    if status == 200:
        return cast(PersonalizationLockResult, _decode(content, PersonalizationLockResult))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="lockPersonalization",
    method="PATCH",
    path="/personalizations/{id}/lock",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
