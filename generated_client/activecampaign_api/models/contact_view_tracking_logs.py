from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewTrackingLogs(
    _Model,
    kw_only=True,
    rename={
        "tracking_logs": "trackingLogs",
    },
):
    """A model of the API's answers."""

    tracking_logs: list[ContactViewTrackingLog]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactViewTrackingLog]:
        """The items of this page (`tracking_logs`)."""
        return self.tracking_logs


from .contact_view_tracking_log import ContactViewTrackingLog  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
