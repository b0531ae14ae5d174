from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.form_optin_request import FormOptinRequest
from ...models.form_optin_result import FormOptinResult
from .. import Route


def _get_kwargs(
    *,
    body: FormOptinRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/form/optin",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(status: int, content: bytes) -> FormOptinResult:
    if status == 200:
        return cast(FormOptinResult, _decode(content, FormOptinResult))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="setFormOptin",
    method="POST",
    path="/form/optin",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
