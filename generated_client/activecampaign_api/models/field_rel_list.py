from __future__ import annotations

from ..decoding import Model as _Model


class FieldRelList(
    _Model,
    kw_only=True,
    rename={
        "field_rels": "fieldRels",
    },
):
    """A model of the API's answers."""

    field_rels: list[FieldRel]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[FieldRel]:
        """The items of this page (`field_rels`)."""
        return self.field_rels


from .field_rel import FieldRel  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
