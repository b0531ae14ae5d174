from __future__ import annotations

from ..decoding import Model as _Model


class SmsList(_Model, kw_only=True):
    """A model of the API's answers."""

    id: int
    name: str
    subscriber_count: int | None = None
    """ Contacts on the list who can receive SMS. """
