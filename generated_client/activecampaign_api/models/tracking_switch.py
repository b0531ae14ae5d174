from __future__ import annotations

from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class TrackingSwitch(_Model, kw_only=True):
    """An on/off switch of a tracking feature."""

    enabled: bool
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            enabled: bool | int | str,
        ) -> None: ...
