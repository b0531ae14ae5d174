from __future__ import annotations

from ..decoding import Model as _Model


class ScoreList(_Model, kw_only=True):
    """A model of the API's answers."""

    scores: list[Score]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Score]:
        """The items of this page (`scores`)."""
        return self.scores


from .page_meta import PageMeta  # noqa: E402
from .score import Score  # noqa: E402
