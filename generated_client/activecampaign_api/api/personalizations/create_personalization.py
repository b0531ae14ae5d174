from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.personalization_envelope import PersonalizationEnvelope
from ...models.personalization_write_request import PersonalizationWriteRequest
from .. import Route


def _get_kwargs(
    *,
    body: PersonalizationWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/personalizations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> PersonalizationEnvelope:
    if status == 200:
        return cast(PersonalizationEnvelope, _decode(content, PersonalizationEnvelope))
    if status == 201:
        return cast(PersonalizationEnvelope, _decode(content, PersonalizationEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createPersonalization",
    method="POST",
    path="/personalizations",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
