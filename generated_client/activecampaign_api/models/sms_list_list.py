from __future__ import annotations

from ..decoding import Model as _Model


class SmsListList(_Model, kw_only=True):
    """A model of the API's answers."""

    lists: list[SmsList]
    meta: FlexiblePageMeta | None = None
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """

    def page_items(self) -> list[SmsList]:
        """The items of this page (`lists`)."""
        return self.lists


from .flexible_page_meta import FlexiblePageMeta  # noqa: E402
from .sms_list import SmsList  # noqa: E402
