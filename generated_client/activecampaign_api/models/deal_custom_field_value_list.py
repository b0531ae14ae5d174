from __future__ import annotations

from ..decoding import Model as _Model


class DealCustomFieldValueList(
    _Model,
    kw_only=True,
    rename={
        "deal_custom_field_data": "dealCustomFieldData",
    },
):
    """A model of the API's answers."""

    deal_custom_field_data: list[DealCustomFieldValue]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[DealCustomFieldValue]:
        """The items of this page (`deal_custom_field_data`)."""
        return self.deal_custom_field_data


from .deal_custom_field_value import DealCustomFieldValue  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
