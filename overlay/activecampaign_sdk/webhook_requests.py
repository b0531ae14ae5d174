"""The body of `ac.register_webhook(...)`: have the account POST events to a URL."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from activecampaign_api.types import UNSET

from .errors import InvalidInputError

if TYPE_CHECKING:
    # Only for annotations; models are imported where bodies are built (see contact_requests).
    from activecampaign_api.models import WebhookCreateRequest

# Who may cause the events a webhook reports.
SOURCES = frozenset({"public", "admin", "api", "system"})


def webhook_request(
    name: str, url: str, events: Iterable[str], sources: Iterable[str], list_id: str | int | None
) -> WebhookCreateRequest:
    from activecampaign_api import models

    events, sources = list(events), list(sources)
    if not events:
        raise InvalidInputError("a webhook needs at least one event (see ac.webhooks.list_webhook_events())")
    unknown = sorted(set(sources) - SOURCES)
    if unknown or not sources:
        raise InvalidInputError(f"webhook sources are some of {', '.join(sorted(SOURCES))}; got {sources!r}")
    return models.WebhookCreateRequest(
        webhook=models.WebhookCreateRequestWebhook(
            name=name, url=url, events=events, sources=sources, listid=UNSET if list_id is None else str(list_id)
        )
    )
