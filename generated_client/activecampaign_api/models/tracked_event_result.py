from __future__ import annotations

from ..decoding import Model as _Model


class TrackedEventResult(_Model, kw_only=True):
    """A model of the API's answers."""

    success: TrackedEventResultSuccess
    """ 1 when the event was recorded, 0 when it was refused. """
    message: str | None = None
    """ For example `Event spawned`, or why the event was refused. """


from .tracked_event_result_success import TrackedEventResultSuccess  # noqa: E402
