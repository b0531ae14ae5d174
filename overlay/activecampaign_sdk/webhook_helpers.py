"""`ac.create_webhook(...)`: have the account POST events to a URL (`activecampaign_sdk.webhooks` reads them)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from activecampaign_api.operations import AsyncOperations, Operations
from activecampaign_api.types import UNSET

if TYPE_CHECKING:
    # Only for annotations; models are imported where bodies are built (see contact_requests).
    from activecampaign_api.models import Webhook, WebhookCreateRequest

# Who may cause the events a webhook reports.
SOURCES = frozenset({"public", "admin", "api", "system"})


def webhook_request(
    name: str, url: str, events: Iterable[str], sources: Iterable[str], list_id: str | int | None
) -> WebhookCreateRequest:
    from activecampaign_api import models

    events, sources = list(events), list(sources)
    if not events:
        raise ValueError("a webhook needs at least one event (see ac.webhooks.list_webhook_events())")
    unknown = sorted(set(sources) - SOURCES)
    if unknown or not sources:
        raise ValueError(f"webhook sources are some of {', '.join(sorted(SOURCES))}; got {sources!r}")
    return models.WebhookCreateRequest(
        webhook=models.WebhookCreateRequestWebhook(
            name=name, url=url, events=events, sources=sources, listid=UNSET if list_id is None else str(list_id)
        )
    )


class WebhookHelpers(Operations):
    def create_webhook(
        self, name: str, url: str, events: Iterable[str], sources: Iterable[str], *, list_id: str | int | None = None
    ) -> Webhook:
        """Have the account POST these events (from these sources, on this list when given) to `url`."""
        return self.webhooks.create_webhook(body=webhook_request(name, url, events, sources, list_id)).webhook


class AsyncWebhookHelpers(AsyncOperations):
    async def create_webhook(
        self, name: str, url: str, events: Iterable[str], sources: Iterable[str], *, list_id: str | int | None = None
    ) -> Webhook:
        """Have the account POST these events (from these sources, on this list when given) to `url`."""
        body = webhook_request(name, url, events, sources, list_id)
        return (await self.webhooks.create_webhook(body=body)).webhook
