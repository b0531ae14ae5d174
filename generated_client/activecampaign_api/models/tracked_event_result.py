from __future__ import annotations

from ..decoding import Model as _Model


class TrackedEventResult(_Model, kw_only=True):
    """A model of the API's answers."""

    success: bool
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    message: str | None = None
    """ For example `Event spawned`, or why the event was refused. """
