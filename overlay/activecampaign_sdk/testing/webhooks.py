"""Webhooks: the subscriptions an account keeps (kept and listed here; no event is delivered)."""

from __future__ import annotations

from .records import JsonObject, webhook_record
from .store import Reply, Request, Store, missing, not_found, page, text_filter, text_matches, unprocessable, wrapped

# Event names a webhook may subscribe to (GET /webhook/events lists them).
WEBHOOK_EVENTS = (
    "account_add",
    "account_update",
    "bounce",
    "click",
    "contact_tag_added",
    "contact_tag_removed",
    "deal_add",
    "deal_note_add",
    "deal_pipeline_add",
    "deal_stage_add",
    "deal_task_add",
    "deal_task_complete",
    "deal_update",
    "forward",
    "list_add",
    "open",
    "reply",
    "sent",
    "share",
    "sms_reply",
    "sms_sent",
    "sms_unsub",
    "subscribe",
    "subscriber_note",
    "unsubscribe",
    "update",
)
SOURCES = frozenset({"public", "admin", "api", "system"})


class WebhookRoutes(Store):
    def _webhook(self, webhook_id: str) -> JsonObject:
        found = self.webhooks.get(webhook_id)
        if found is None:
            raise not_found("Webhook", webhook_id)
        return found

    def _checked(self, body: JsonObject) -> JsonObject:
        for attribute in ("name", "url", "events", "sources"):
            if not body.get(attribute):
                raise missing(attribute)
        url = str(body["url"])
        if not url.startswith(("https://", "http://")):
            raise unprocessable("url must be an http(s) URL", "invalid", "/data/attributes/url")
        unknown = [e for e in body["events"] if e not in WEBHOOK_EVENTS] if isinstance(body["events"], list) else [1]
        if unknown:
            raise unprocessable(f"Unknown events: {unknown}", "invalid", "/data/attributes/events")
        sources = body["sources"]
        if not isinstance(sources, list) or not set(sources) <= SOURCES:
            raise unprocessable(f"sources are some of {sorted(SOURCES)}", "invalid", "/data/attributes/sources")
        return body

    def list_webhooks(self, request: Request) -> Reply:
        name, url = text_filter(request.query, "name"), text_filter(request.query, "url")
        list_id = request.query.get("filters[listid]")
        found = [
            hook
            for hook in self.webhooks.values()
            if text_matches(hook["name"], name)
            and text_matches(hook["url"], url)
            and (list_id is None or hook["listid"] == list_id)
        ]
        return page(request, "webhooks", found)

    def create_webhook(self, request: Request) -> Reply:
        body = self._checked(wrapped(request, "webhook"))
        webhook_id = self.next_id("webhooks")
        hook = self.webhooks[webhook_id] = webhook_record(webhook_id, body)
        return 201, {"webhook": hook}

    def get_webhook(self, request: Request, webhook_id: str) -> Reply:
        return 200, {"webhook": self._webhook(webhook_id)}

    def update_webhook(self, request: Request, webhook_id: str) -> Reply:
        hook = self._webhook(webhook_id)
        merged = self._checked({**hook, **wrapped(request, "webhook")})
        hook.update(webhook_record(webhook_id, merged), cdate=hook["cdate"])
        return 200, {"webhook": hook}

    def delete_webhook(self, request: Request, webhook_id: str) -> Reply:
        del self.webhooks[self._webhook(webhook_id)["id"]]
        return 200, {}

    def list_webhook_events(self, request: Request) -> Reply:
        return page(request, "webhookEvents", list(WEBHOOK_EVENTS), default=100)
