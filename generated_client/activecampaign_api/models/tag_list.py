from __future__ import annotations

from ..decoding import Model as _Model


class TagList(_Model, kw_only=True):
    """A model of the API's answers."""

    tags: list[Tag]
    meta: PageMeta
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Tag]:
        """The items of this page (`tags`)."""
        return self.tags


from .page_meta import PageMeta  # noqa: E402
from .tag import Tag  # noqa: E402
