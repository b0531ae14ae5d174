from __future__ import annotations

from ..decoding import Model as _Model


class AccountList(_Model, kw_only=True):
    """A model of the API's answers."""

    accounts: list[Account]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Account]:
        """The items of this page (`accounts`)."""
        return self.accounts


from .account import Account  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
