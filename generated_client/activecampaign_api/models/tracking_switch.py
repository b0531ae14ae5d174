from __future__ import annotations

from ..decoding import Model as _Model


class TrackingSwitch(_Model, kw_only=True):
    """An on/off switch of a tracking feature."""

    enabled: bool
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
