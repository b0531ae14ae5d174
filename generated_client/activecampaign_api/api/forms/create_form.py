from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.form_create_request import FormCreateRequest
from ...models.form_envelope import FormEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: FormCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/forms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FormEnvelope:
    if status == 200:
        return cast(FormEnvelope, _decode(content, FormEnvelope))
    if status == 201:
        return cast(FormEnvelope, _decode(content, FormEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createForm",
    method="POST",
    path="/forms",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
