from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_ai_draft_request import SmsAiDraftRequest
from ...models.sms_ai_request_accepted import SmsAiRequestAccepted
from .. import Route


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


def _parse_response(status: int, content: bytes) -> SmsAiRequestAccepted:
    if status == 200:
        return cast(SmsAiRequestAccepted, _decode(content, SmsAiRequestAccepted))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="createSmsBroadcastWithAi",
    method="POST",
    path="/sms/broadcasts/ai",
    server=None,
    idempotent=False,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
