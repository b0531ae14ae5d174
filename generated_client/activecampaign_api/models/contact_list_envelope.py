from __future__ import annotations

from ..decoding import Model as _Model


class ContactListEnvelope(
    _Model,
    kw_only=True,
    rename={
        "contact_list": "contactList",
    },
):
    """A model of the API's answers."""

    contact_list: ContactListMembership
    """ A contact's membership of one list. """
    contacts: list[Contact] | None = None


from .contact import Contact  # noqa: E402
from .contact_list_membership import ContactListMembership  # noqa: E402
