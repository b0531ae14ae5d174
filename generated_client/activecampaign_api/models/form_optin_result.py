from __future__ import annotations

from ..decoding import Model as _Model


class FormOptinResult(_Model, kw_only=True):
    """A model of the API's answers."""

    id: str
    """ Id of the opt-in record. """
