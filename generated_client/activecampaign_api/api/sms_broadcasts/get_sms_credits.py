from __future__ import annotations

from typing import Any, cast

from ... import errors
from ...decoding import decode as _decode
from ...models.sms_credits_envelope import SmsCreditsEnvelope
from .. import Route


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/credits",
    }

    return _kwargs


def _parse_response(status: int, content: bytes) -> SmsCreditsEnvelope:
    if status == 200:
        return cast(SmsCreditsEnvelope, _decode(content, SmsCreditsEnvelope))
    raise errors.UnexpectedStatus(status, content)


ROUTE = Route(
    operation_id="getSmsCredits",
    method="GET",
    path="/sms/credits",
    server=None,
    idempotent=True,
    comma_separated=frozenset(()),
    success=(200,),
    parse=_parse_response,
)
