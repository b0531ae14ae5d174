from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class ContactList(
    _Model,
    kw_only=True,
    rename={
        "score_values": "scoreValues",
        "contact_lists": "contactLists",
        "contact_tags": "contactTags",
        "field_values": "fieldValues",
    },
):
    """A model of the API's answers."""

    contacts: list[Contact]
    meta: ContactPageMeta
    """ Paging information of a contact list. `page_input` echoes the filters the API applied. """
    score_values: list[dict[str, Any]] | None = None
    contact_lists: list[ContactListMembership] | None = None
    """ Side-loaded with `include=contactLists`. """
    lists: list[MailingList] | None = None
    """ Side-loaded with `include=contactLists.list`. """
    contact_tags: list[ContactTag] | None = None
    """ Side-loaded with `include=contactTags`. """
    tags: list[Tag] | None = None
    """ Side-loaded with `include=contactTags.tag`. """
    field_values: list[FieldValue] | None = None
    """ Side-loaded with `include=fieldValues`. """
    deals: list[Deal] | None = None
    """ Side-loaded with `include=deals`. """
    organization: list[ContactViewOrganization] | None = None
    """ Side-loaded with `include=organization`. """

    def page_items(self) -> list[Contact]:
        """The items of this page (`contacts`)."""
        return self.contacts


from .contact import Contact  # noqa: E402
from .contact_list_membership import ContactListMembership  # noqa: E402
from .contact_page_meta import ContactPageMeta  # noqa: E402
from .contact_tag import ContactTag  # noqa: E402
from .contact_view_organization import ContactViewOrganization  # noqa: E402
from .deal import Deal  # noqa: E402
from .field_value import FieldValue  # noqa: E402
from .mailing_list import MailingList  # noqa: E402
from .tag import Tag  # noqa: E402
