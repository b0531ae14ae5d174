from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.account_envelope import AccountEnvelope
from ...models.account_update_request import AccountUpdateRequest


def _get_kwargs(
    id: str,
    *,
    body: AccountUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AccountEnvelope:
    if response.status_code == 200:
        response_200 = AccountEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
