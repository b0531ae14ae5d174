from __future__ import annotations

from ..decoding import Model as _Model


class ErrorSource(_Model, kw_only=True):
    """A model of the API's answers."""

    pointer: str | None = None
    """ JSON pointer to the offending request attribute. """
