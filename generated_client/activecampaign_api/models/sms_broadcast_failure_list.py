from __future__ import annotations

from ..decoding import Model as _Model


class SmsBroadcastFailureList(_Model, kw_only=True):
    """A model of the API's answers."""

    failures: list[SmsBroadcastFailure]


from .sms_broadcast_failure import SmsBroadcastFailure  # noqa: E402
