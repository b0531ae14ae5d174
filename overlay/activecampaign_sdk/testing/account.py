"""The local account: every route, dispatched by method and path to the handler that owns it.

Each handler takes the parsed request and returns (status, JSON body); the
HTTP layer (server.py) adds authentication, rate limits and faults around it.
One lock guards the whole account, so concurrent clients see it change atomically.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .contacts import ContactRoutes
from .crm import CrmRoutes
from .custom_fields import CustomFieldRoutes
from .imports import ImportBatch, ImportRoutes
from .store import ApiError, Reply, Request
from .webhooks import WebhookRoutes

ID = r"/(\d+)"


class Account(ContactRoutes, CustomFieldRoutes, CrmRoutes, ImportRoutes, WebhookRoutes):
    """All the objects of one account; `lock` guards them.

    It starts with one pipeline ("Default Pipeline", stages 1 to 3), so deals can be made at once.
    """

    def __init__(self, base: str, *, import_delay: float) -> None:
        super().__init__(base)
        self.import_delay = import_delay
        self.batches: dict[str, ImportBatch] = {}
        self.import_failures: set[str] = set()
        self.add_pipeline("Default Pipeline")
        table: list[tuple[str, str, Callable[..., Reply]]] = [
            ("GET", "/contacts", self.list_contacts),
            ("POST", "/contacts", self.create_contact),
            ("GET", f"/contacts{ID}", self.get_contact),
            ("PUT", f"/contacts{ID}", self.update_contact),
            ("DELETE", f"/contacts{ID}", self.delete_contact),
            ("GET", f"/contacts{ID}/contactTags", self.list_contact_tags_of),
            ("GET", f"/contacts{ID}/contactLists", self.list_contact_lists_of),
            ("GET", f"/contacts{ID}/fieldValues", self.list_contact_field_values),
            ("GET", f"/contacts{ID}/trackingLogs", self.list_contact_tracking_logs),
            ("POST", "/contact/sync", self.sync_contact),
            ("GET", "/tags", self.list_tags),
            ("POST", "/tags", self.create_tag),
            ("GET", f"/tags{ID}", self.get_tag),
            ("DELETE", f"/tags{ID}", self.delete_tag),
            ("POST", "/contactTags", self.create_contact_tag),
            ("GET", f"/contactTags{ID}", self.get_contact_tag),
            ("DELETE", f"/contactTags{ID}", self.delete_contact_tag),
            ("GET", "/lists", self.list_lists),
            ("POST", "/lists", self.create_list),
            ("GET", f"/lists{ID}", self.get_list),
            ("POST", "/contactLists", self.update_contact_list),
            ("GET", "/fields", self.list_fields),
            ("POST", "/fields", self.create_field),
            ("GET", f"/fields{ID}", self.get_field),
            ("PUT", f"/fields{ID}", self.update_field),
            ("DELETE", f"/fields{ID}", self.delete_field),
            ("POST", "/fieldRels", self.create_field_rel),
            ("DELETE", f"/fieldRels{ID}", self.delete_field_rel),
            ("GET", "/fieldValues", self.list_field_values),
            ("POST", "/fieldValues", self.create_field_value),
            ("GET", f"/fieldValues{ID}", self.get_field_value),
            ("PUT", f"/fieldValues{ID}", self.update_field_value),
            ("DELETE", f"/fieldValues{ID}", self.delete_field_value),
            ("GET", "/dealGroups", self.list_pipelines),
            ("POST", "/dealGroups", self.create_pipeline),
            ("GET", f"/dealGroups{ID}", self.get_pipeline),
            ("GET", "/dealStages", self.list_stages),
            ("POST", "/dealStages", self.create_stage),
            ("GET", f"/dealStages{ID}", self.get_stage),
            ("PUT", f"/dealStages{ID}/deals", self.move_deals),
            ("GET", "/deals", self.list_deals),
            ("POST", "/deals", self.create_deal),
            ("GET", f"/deals{ID}", self.get_deal),
            ("PUT", f"/deals{ID}", self.update_deal),
            ("DELETE", f"/deals{ID}", self.delete_deal),
            ("PUT", f"/dealTasktypes{ID}/dealTasks", self.move_deal_tasks),
            ("GET", "/accounts", self.list_accounts),
            ("POST", "/accounts", self.create_account),
            ("GET", f"/accounts{ID}", self.get_account),
            ("PUT", f"/accounts{ID}", self.update_account),
            ("DELETE", f"/accounts{ID}", self.delete_account),
            ("GET", "/webhooks", self.list_webhooks),
            ("POST", "/webhooks", self.create_webhook),
            ("GET", f"/webhooks{ID}", self.get_webhook),
            ("PUT", f"/webhooks{ID}", self.update_webhook),
            ("DELETE", f"/webhooks{ID}", self.delete_webhook),
            ("GET", "/webhook/events", self.list_webhook_events),
            ("POST", "/import/bulk_import", self.bulk_import),
            ("GET", "/import/info", self.import_info),
        ]
        self.routes = [(method, re.compile(path), handler) for method, path, handler in table]

    def dispatch(self, request: Request) -> Reply:
        allowed = False
        for method, pattern, handler in self.routes:
            match = pattern.fullmatch(request.path)
            if match is None:
                continue
            allowed = True
            if method == request.method:
                with self.lock:
                    self.complete_due_batches()
                    try:
                        return handler(request, *match.groups())
                    except ApiError as error:
                        return error.status, error.body
        if allowed:
            return 405, {"message": f"{request.method} is not allowed on {request.path}"}
        return 404, {"message": f"No route for {request.method} {request.path} in the local ActiveCampaign"}
