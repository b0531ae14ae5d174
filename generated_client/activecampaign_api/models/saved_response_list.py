from __future__ import annotations

from ..decoding import Model as _Model


class SavedResponseList(
    _Model,
    kw_only=True,
    rename={
        "saved_responses": "savedResponses",
    },
):
    """A model of the API's answers."""

    saved_responses: list[SavedResponse]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[SavedResponse]:
        """The items of this page (`saved_responses`)."""
        return self.saved_responses


from .page_meta import PageMeta  # noqa: E402
from .saved_response import SavedResponse  # noqa: E402
