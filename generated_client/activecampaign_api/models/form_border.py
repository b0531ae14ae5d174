from __future__ import annotations

from ..decoding import Model as _Model


class FormBorder(_Model, kw_only=True):
    """Border styling; sizes in pixels as numbers."""

    width: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    style: str | None = None
    color: str | None = None
    """ Hex colour without `#`. """
    radius: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
