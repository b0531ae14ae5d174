from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectIcons(_Model, kw_only=True):
    """A model of the API's answers."""

    default: str | None = None
    """ URL of the schema's icon. """
