from __future__ import annotations

from ..decoding import Model as _Model


class SmsBroadcastList(_Model, kw_only=True):
    """A model of the API's answers."""

    broadcasts: list[SmsBroadcast]
    meta: FlexiblePageMeta | None = None
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """

    def page_items(self) -> list[SmsBroadcast]:
        """The items of this page (`broadcasts`)."""
        return self.broadcasts


from .flexible_page_meta import FlexiblePageMeta  # noqa: E402
from .sms_broadcast import SmsBroadcast  # noqa: E402
