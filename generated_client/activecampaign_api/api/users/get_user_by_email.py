from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.user_envelope import UserEnvelope
from ...types import path_segment


def _get_kwargs(
    email: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/email/{email}".format(
            email=path_segment(email, "email", numeric=False),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UserEnvelope:
    if response.status_code == 200:
        response_200 = UserEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
