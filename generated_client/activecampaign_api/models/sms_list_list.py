from __future__ import annotations

from ..decoding import Model as _Model


class SmsListList(_Model, kw_only=True):
    """A model of the API's answers."""

    lists: list[SmsList]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[SmsList]:
        """The items of this page (`lists`)."""
        return self.lists


from .page_meta import PageMeta  # noqa: E402
from .sms_list import SmsList  # noqa: E402
