from __future__ import annotations

from ..decoding import Model as _Model


class FormButtonStyle(_Model, kw_only=True):
    """A model of the API's answers."""

    padding: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    background: str | None = None
    fontcolor: str | None = None
    border: FormBorder | None = None
    """ Border styling; sizes in pixels as numbers. """


from .form_border import FormBorder  # noqa: E402
