from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.personalization_envelope import PersonalizationEnvelope
from ...models.personalization_write_request import PersonalizationWriteRequest
from ...types import path_segment
from .. import Route


def _get_kwargs(
    id: str,
    *,
    body: PersonalizationWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/personalizations/{id}".format(
            id=path_segment(id, "id", numeric=True),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> PersonalizationEnvelope:
    if status == 200:
        return cast(PersonalizationEnvelope, _decode(content, PersonalizationEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="updatePersonalization",
    method="PUT",
    path="/personalizations/{id}",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
