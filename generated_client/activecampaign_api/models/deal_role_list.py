from __future__ import annotations

from ..decoding import Model as _Model


class DealRoleList(
    _Model,
    kw_only=True,
    rename={
        "deal_roles": "dealRoles",
    },
):
    """A model of the API's answers."""

    deal_roles: list[DealRole]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[DealRole]:
        """The items of this page (`deal_roles`)."""
        return self.deal_roles


from .deal_role import DealRole  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
