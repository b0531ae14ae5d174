from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.sms_credits_envelope import SmsCreditsEnvelope


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/credits",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SmsCreditsEnvelope:
    if response.status_code == 200:
        response_200 = SmsCreditsEnvelope.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
