from __future__ import annotations

from ..decoding import Model as _Model


class SmsAiRequestAccepted(
    _Model,
    kw_only=True,
    rename={
        "request_id": "requestId",
    },
):
    """A model of the API's answers."""

    request_id: str
