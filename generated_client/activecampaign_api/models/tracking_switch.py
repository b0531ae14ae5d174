from __future__ import annotations

from ..decoding import Model as _Model


class TrackingSwitch(_Model, kw_only=True):
    """An on/off switch of a tracking feature."""

    enabled: bool
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
