from __future__ import annotations

from ..decoding import Model as _Model


class TagEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    tag: Tag
    """ A tag as the API returns it. """


from .tag import Tag  # noqa: E402
