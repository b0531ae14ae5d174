from __future__ import annotations

from ..decoding import Model as _Model


class EmailActivityList(
    _Model,
    kw_only=True,
    rename={
        "email_activities": "emailActivities",
    },
):
    """A model of the API's answers."""

    email_activities: list[EmailActivity]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[EmailActivity]:
        """The items of this page (`email_activities`)."""
        return self.email_activities


from .email_activity import EmailActivity  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
