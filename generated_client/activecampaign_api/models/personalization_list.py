from __future__ import annotations

from ..decoding import Model as _Model


class PersonalizationList(_Model, kw_only=True):
    """A model of the API's answers."""

    personalizations: list[Personalization]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Personalization]:
        """The items of this page (`personalizations`)."""
        return self.personalizations


from .page_meta import PageMeta  # noqa: E402
from .personalization import Personalization  # noqa: E402
