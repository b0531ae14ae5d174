from __future__ import annotations

from ..decoding import Model as _Model


class UserList(_Model, kw_only=True):
    """A model of the API's answers."""

    users: list[User]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[User]:
        """The items of this page (`users`)."""
        return self.users


from .page_meta import PageMeta  # noqa: E402
from .user import User  # noqa: E402
