from __future__ import annotations

from ..decoding import Model as _Model


class LinkDatumList(
    _Model,
    kw_only=True,
    rename={
        "link_data": "linkData",
    },
):
    """A model of the API's answers."""

    link_data: list[LinkDatum]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[LinkDatum]:
        """The items of this page (`link_data`)."""
        return self.link_data


from .link_datum import LinkDatum  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
