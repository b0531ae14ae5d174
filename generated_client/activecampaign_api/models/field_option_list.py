from __future__ import annotations

from ..decoding import Model as _Model


class FieldOptionList(
    _Model,
    kw_only=True,
    rename={
        "field_options": "fieldOptions",
    },
):
    """A model of the API's answers."""

    field_options: list[FieldOption]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[FieldOption]:
        """The items of this page (`field_options`)."""
        return self.field_options


from .field_option import FieldOption  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
