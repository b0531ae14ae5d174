from __future__ import annotations

from ..decoding import Model as _Model


class ActivityList(
    _Model,
    kw_only=True,
    rename={
        "activity_recipients": "activityRecipients",
    },
):
    """A model of the API's answers."""

    activities: list[Activity]
    activity_recipients: list[ActivityRecipient] | None = None
    contacts: list[Contact] | None = None
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Activity]:
        """The items of this page (`activities`)."""
        return self.activities


from .activity import Activity  # noqa: E402
from .activity_recipient import ActivityRecipient  # noqa: E402
from .contact import Contact  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
