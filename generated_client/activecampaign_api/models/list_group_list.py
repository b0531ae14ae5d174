from __future__ import annotations

from ..decoding import Model as _Model


class ListGroupList(
    _Model,
    kw_only=True,
    rename={
        "list_groups": "listGroups",
    },
):
    """A model of the API's answers."""

    list_groups: list[ListGroup]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ListGroup]:
        """The items of this page (`list_groups`)."""
        return self.list_groups


from .list_group import ListGroup  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
