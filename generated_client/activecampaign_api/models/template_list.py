from __future__ import annotations

from ..decoding import Model as _Model


class TemplateList(_Model, kw_only=True):
    """A model of the API's answers."""

    templates: list[Template]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Template]:
        """The items of this page (`templates`)."""
        return self.templates


from .page_meta import PageMeta  # noqa: E402
from .template import Template  # noqa: E402
