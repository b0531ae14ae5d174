from __future__ import annotations

from ..decoding import Model as _Model


class GroupLimitList(
    _Model,
    kw_only=True,
    rename={
        "group_limits": "groupLimits",
    },
):
    """A model of the API's answers."""

    group_limits: list[GroupLimit]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[GroupLimit]:
        """The items of this page (`group_limits`)."""
        return self.group_limits


from .group_limit import GroupLimit  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
