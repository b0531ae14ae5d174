from typing import Any
from urllib.parse import quote

import httpx
import msgspec.json

from ... import errors
from ...models.user_envelope import UserEnvelope


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/username/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UserEnvelope:
    if response.status_code == 200:
        response_200 = UserEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
