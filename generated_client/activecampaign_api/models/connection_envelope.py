from __future__ import annotations

from ..decoding import Model as _Model


class ConnectionEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    connection: Connection
    """ A connection as the API returns it. """


from .connection import Connection  # noqa: E402
