from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.mailing_list_create_request import MailingListCreateRequest
from ...models.mailing_list_envelope import MailingListEnvelope
from .. import Route


def _get_kwargs(
    *,
    body: MailingListCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> MailingListEnvelope:
    if status == 200:
        return cast(MailingListEnvelope, _decode(content, MailingListEnvelope))
    if status == 201:
        return cast(MailingListEnvelope, _decode(content, MailingListEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createList",
    method="POST",
    path="/lists",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
