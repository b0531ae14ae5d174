from __future__ import annotations

from ..decoding import Model as _Model


class ContactTagEnvelope(
    _Model,
    kw_only=True,
    rename={
        "contact_tag": "contactTag",
    },
):
    """A model of the API's answers."""

    contact_tag: ContactTag
    """ One tag applied to one contact. """


from .contact_tag import ContactTag  # noqa: E402
