from __future__ import annotations

from ..decoding import Model as _Model


class NoteEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    note: Note
    """ A note as the API returns it. """
    contacts: list[Contact] | None = None
    """ The owning contact, side-loaded when a contact's note is created. """


from .contact import Contact  # noqa: E402
from .note import Note  # noqa: E402
