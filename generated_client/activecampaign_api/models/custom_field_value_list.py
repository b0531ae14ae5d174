from __future__ import annotations

from ..decoding import Model as _Model


class CustomFieldValueList(
    _Model,
    kw_only=True,
    rename={
        "field_values": "fieldValues",
    },
):
    """A model of the API's answers."""

    field_values: list[CustomFieldValue]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[CustomFieldValue]:
        """The items of this page (`field_values`)."""
        return self.field_values


from .custom_field_value import CustomFieldValue  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
