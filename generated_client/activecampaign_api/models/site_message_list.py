from __future__ import annotations

from ..decoding import Model as _Model


class SiteMessageList(
    _Model,
    kw_only=True,
    rename={
        "site_messages": "siteMessages",
    },
):
    """A model of the API's answers."""

    site_messages: list[SiteMessage]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[SiteMessage]:
        """The items of this page (`site_messages`)."""
        return self.site_messages


from .page_meta import PageMeta  # noqa: E402
from .site_message import SiteMessage  # noqa: E402
