from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewBounceLogs(
    _Model,
    kw_only=True,
    rename={
        "bounce_logs": "bounceLogs",
    },
):
    """A model of the API's answers."""

    bounce_logs: list[ContactViewBounceLog]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactViewBounceLog]:
        """The items of this page (`bounce_logs`)."""
        return self.bounce_logs


from .contact_view_bounce_log import ContactViewBounceLog  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
