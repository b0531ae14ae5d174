from __future__ import annotations

from ..decoding import Model as _Model


class MailingListList(_Model, kw_only=True):
    """A model of the API's answers."""

    lists: list[MailingList]
    meta: PageMeta
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[MailingList]:
        """The items of this page (`lists`)."""
        return self.lists


from .mailing_list import MailingList  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
