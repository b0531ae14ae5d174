from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewDataEnvelope(
    _Model,
    kw_only=True,
    rename={
        "contact_datum": "contactDatum",
    },
):
    """A model of the API's answers."""

    contact_datum: ContactViewData
    """ Geo, analytics and social data collected about the contact. """


from .contact_view_data import ContactViewData  # noqa: E402
