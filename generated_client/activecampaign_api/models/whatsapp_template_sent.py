from __future__ import annotations

from ..decoding import Model as _Model


class WhatsappTemplateSent(_Model, kw_only=True):
    """A model of the API's answers."""

    id: str
    """ The message. """
    conversation: str
    """ The conversation the message went to. """
