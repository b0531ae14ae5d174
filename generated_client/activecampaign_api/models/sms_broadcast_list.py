from __future__ import annotations

from ..decoding import Model as _Model


class SmsBroadcastList(_Model, kw_only=True):
    """A model of the API's answers."""

    broadcasts: list[SmsBroadcast]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[SmsBroadcast]:
        """The items of this page (`broadcasts`)."""
        return self.broadcasts


from .page_meta import PageMeta  # noqa: E402
from .sms_broadcast import SmsBroadcast  # noqa: E402
