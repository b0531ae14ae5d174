from __future__ import annotations

from ..decoding import Model as _Model


class ContactEmailList(
    _Model,
    kw_only=True,
    rename={
        "contact_emails": "contactEmails",
    },
):
    """A model of the API's answers."""

    contact_emails: list[ContactEmail]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactEmail]:
        """The items of this page (`contact_emails`)."""
        return self.contact_emails


from .contact_email import ContactEmail  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
