from __future__ import annotations

from ..decoding import Model as _Model


class MessageActivityList(
    _Model,
    kw_only=True,
    rename={
        "message_activities": "messageActivities",
    },
):
    """A model of the API's answers."""

    message_activities: list[MessageActivity]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[MessageActivity]:
        """The items of this page (`message_activities`)."""
        return self.message_activities


from .message_activity import MessageActivity  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
