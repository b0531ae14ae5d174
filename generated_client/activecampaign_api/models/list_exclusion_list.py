from __future__ import annotations

from ..decoding import Model as _Model


class ListExclusionList(_Model, kw_only=True):
    """A model of the API's answers."""

    exclusions: list[ListExclusion]
    meta: FlexiblePageMeta | None = None
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """

    def page_items(self) -> list[ListExclusion]:
        """The items of this page (`exclusions`)."""
        return self.exclusions


from .flexible_page_meta import FlexiblePageMeta  # noqa: E402
from .list_exclusion import ListExclusion  # noqa: E402
