from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewContactEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    contact: Contact
    """ A contact as the API returns it. Counters and flags arrive as strings of digits. """


from .contact import Contact  # noqa: E402
