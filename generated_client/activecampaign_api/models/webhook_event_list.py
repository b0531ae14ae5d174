from __future__ import annotations

from ..decoding import Model as _Model


class WebhookEventList(
    _Model,
    kw_only=True,
    rename={
        "webhook_events": "webhookEvents",
    },
):
    """A model of the API's answers."""

    webhook_events: list[str]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[str]:
        """The items of this page (`webhook_events`)."""
        return self.webhook_events


from .page_meta import PageMeta  # noqa: E402
