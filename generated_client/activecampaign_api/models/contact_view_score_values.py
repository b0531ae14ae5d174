from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewScoreValues(
    _Model,
    kw_only=True,
    rename={
        "score_values": "scoreValues",
    },
):
    """A model of the API's answers."""

    score_values: list[ContactViewScoreValue]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactViewScoreValue]:
        """The items of this page (`score_values`)."""
        return self.score_values


from .contact_view_score_value import ContactViewScoreValue  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
