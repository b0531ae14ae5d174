from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_ai_request_accepted import SmsAiRequestAccepted
from ...models.sms_ai_rewrite_request import SmsAiRewriteRequest
from .. import Route


def _get_kwargs(
    *,
    body: SmsAiRewriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
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
    operation_id="updateSmsBroadcastWithAi",
    method="PUT",
    path="/sms/broadcasts/ai",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
