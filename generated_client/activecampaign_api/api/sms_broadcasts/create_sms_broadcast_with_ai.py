from typing import Any

import httpx
import msgspec.json

from ... import errors
from ...models.sms_ai_draft_request import SmsAiDraftRequest
from ...models.sms_ai_request_accepted import SmsAiRequestAccepted


def _get_kwargs(
    *,
    body: SmsAiDraftRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/broadcasts/ai",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SmsAiRequestAccepted:
    if response.status_code == 200:
        response_200 = SmsAiRequestAccepted.from_dict(msgspec.json.decode(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)
