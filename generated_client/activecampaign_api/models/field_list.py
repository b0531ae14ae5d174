from __future__ import annotations

from ..decoding import Model as _Model


class FieldList(
    _Model,
    kw_only=True,
    rename={
        "field_options": "fieldOptions",
        "field_rels": "fieldRels",
    },
):
    """A model of the API's answers."""

    fields: list[Field]
    field_options: list[FieldOption] | None = None
    field_rels: list[FieldRel] | None = None
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Field]:
        """The items of this page (`fields`)."""
        return self.fields


from .field import Field  # noqa: E402
from .field_option import FieldOption  # noqa: E402
from .field_rel import FieldRel  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
