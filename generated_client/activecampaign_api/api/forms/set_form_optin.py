from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.form_optin_request import FormOptinRequest
from ...models.form_optin_result import FormOptinResult


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


def _parse_response(response: httpx.Response) -> FormOptinResult:
    if response.status_code == 200:
        response_200 = FormOptinResult.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
