from __future__ import annotations

from ..decoding import Model as _Model


class WebhookList(_Model, kw_only=True):
    """A model of the API's answers."""

    webhooks: list[Webhook]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[Webhook]:
        """The items of this page (`webhooks`)."""
        return self.webhooks


from .page_meta import PageMeta  # noqa: E402
from .webhook import Webhook  # noqa: E402
