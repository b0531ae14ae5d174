from __future__ import annotations

from ..decoding import Model as _Model


class MessageEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    message: Message
    """ An email message. Flags and ids arrive as strings. """


from .message import Message  # noqa: E402
