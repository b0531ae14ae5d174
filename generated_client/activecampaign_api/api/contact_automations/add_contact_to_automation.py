from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.contact_automation_create_request import ContactAutomationCreateRequest
from ...models.contact_automation_created import ContactAutomationCreated
from .. import Route


def _get_kwargs(
    *,
    body: ContactAutomationCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contactAutomations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> ContactAutomationCreated:
    if status == 200:
        return cast(ContactAutomationCreated, _decode(content, ContactAutomationCreated))
    if status == 201:
        return cast(ContactAutomationCreated, _decode(content, ContactAutomationCreated))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="addContactToAutomation",
    method="POST",
    path="/contactAutomations",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(
        200,
        201,
    ),
    parse=_parse_response,
)
