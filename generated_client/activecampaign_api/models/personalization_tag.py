from __future__ import annotations

from ..decoding import Model as _Model


class PersonalizationTag(_Model, kw_only=True):
    """A model of the API's answers."""

    value: str | None = None
    """ The tag as typed in a message, e.g. `%FIRSTNAME%`. """
    label: str | None = None
    """ Its display name, in the user's language. """
