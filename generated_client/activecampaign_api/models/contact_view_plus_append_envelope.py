from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewPlusAppendEnvelope(
    _Model,
    kw_only=True,
    rename={
        "plus_append": "plusAppend",
    },
):
    """A model of the API's answers."""

    plus_append: ContactViewPlusAppend
    """ Social profile data appended to the contact by enrichment services. """


from .contact_view_plus_append import ContactViewPlusAppend  # noqa: E402
