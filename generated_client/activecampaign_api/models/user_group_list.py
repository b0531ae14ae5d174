from __future__ import annotations

from ..decoding import Model as _Model


class UserGroupList(_Model, kw_only=True):
    """A model of the API's answers."""

    groups: list[UserGroup]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[UserGroup]:
        """The items of this page (`groups`)."""
        return self.groups


from .page_meta import PageMeta  # noqa: E402
from .user_group import UserGroup  # noqa: E402
