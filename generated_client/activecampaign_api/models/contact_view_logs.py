from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewLogs(
    _Model,
    kw_only=True,
    rename={
        "contact_logs": "contactLogs",
    },
):
    """A model of the API's answers."""

    contact_logs: list[ContactViewLog]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactViewLog]:
        """The items of this page (`contact_logs`)."""
        return self.contact_logs


from .contact_view_log import ContactViewLog  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
