from __future__ import annotations

from ..decoding import Model as _Model


class FormList(_Model, kw_only=True):
    """A model of the API's answers."""

    forms: list[Form]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Form]:
        """The items of this page (`forms`)."""
        return self.forms


from .form import Form  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
