from __future__ import annotations

from ..decoding import Model as _Model


class ContactTagList(
    _Model,
    kw_only=True,
    rename={
        "contact_tags": "contactTags",
    },
):
    """A model of the API's answers."""

    contact_tags: list[ContactTag]
    tags: list[Tag] | None = None
    """ Side-loaded with `include=tag`. """
    contacts: list[Contact] | None = None
    """ Side-loaded with `include=contact`. """
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactTag]:
        """The items of this page (`contact_tags`)."""
        return self.contact_tags


from .contact import Contact  # noqa: E402
from .contact_tag import ContactTag  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
from .tag import Tag  # noqa: E402
