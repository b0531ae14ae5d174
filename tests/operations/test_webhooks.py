from __future__ import annotations

import pytest
from activecampaign_api.models import (
    PageMeta,
    WebhookCreateRequest,
    WebhookCreateRequestWebhook,
    WebhookEnvelope,
    WebhookEventList,
    WebhookFields,
    WebhookList,
    WebhookUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map

EVENTS = ["subscribe", "unsubscribe", "sent"]


@pytest.mark.operation("createWebhook")
def test_create_webhook(ac: ActiveCampaign) -> None:
    body = WebhookCreateRequest(
        webhook=WebhookCreateRequestWebhook(
            name="My Hook", url="http://example.com/my-hook", events=EVENTS, sources=["public", "system"]
        )
    )
    hook = expect(call(ac, ac.webhooks.create_webhook, body=body), WebhookEnvelope, 201).webhook
    assert (hook.id, hook.listid, hook.links) == ("1", "0", [])


@pytest.mark.operation("listWebhooks")
def test_list_webhooks_of_no_list(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.webhooks.list_webhooks, filters_listid="0"), WebhookList, 200)
    assert [h.name for h in page.webhooks] == ["My Hook", "My Hook 2"]
    assert isinstance(page.meta, PageMeta) and page.meta.total == 2


@pytest.mark.operation("getWebhook")
def test_get_webhook(ac: ActiveCampaign) -> None:
    hook = expect(call(ac, ac.webhooks.get_webhook, "1"), WebhookEnvelope, 200).webhook
    assert hook.sources == ["admin", "api", "system"]


@pytest.mark.operation("updateWebhook")
def test_update_webhook(ac: ActiveCampaign) -> None:
    body = WebhookUpdateRequest(
        webhook=WebhookFields(
            name="My Hook", url="http://example.com/my-hook", events=EVENTS, sources=["public", "system"]
        )
    )
    hook = expect(call(ac, ac.webhooks.update_webhook, "1", body=body), WebhookEnvelope, 200).webhook
    assert hook.events == EVENTS


@pytest.mark.operation("deleteWebhook")
def test_delete_webhook(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.webhooks.delete_webhook, "1"), 200)


@pytest.mark.operation("listWebhookEvents")
def test_list_webhook_events(ac: ActiveCampaign) -> None:
    events = expect(call(ac, ac.webhooks.list_webhook_events), WebhookEventList, 200)
    assert "contact_tag_added" in events.webhook_events
    assert isinstance(events.meta, PageMeta) and events.meta.total == 25
