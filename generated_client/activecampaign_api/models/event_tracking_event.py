from __future__ import annotations

from ..decoding import Model as _Model


class EventTrackingEvent(_Model, kw_only=True):
    """A tracked event, known only by its name."""

    name: str
