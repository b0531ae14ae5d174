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
    meta: FlexiblePageMeta | None = None
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """

    def page_items(self) -> list[str]:
        """The items of this page (`webhook_events`)."""
        return self.webhook_events


from .flexible_page_meta import FlexiblePageMeta  # noqa: E402
