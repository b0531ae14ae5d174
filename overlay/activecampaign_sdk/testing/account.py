"""The local account: every route, dispatched by method and path to the handler that owns it.

Each handler takes the parsed request and returns (status, JSON body); the
HTTP layer (server.py) adds authentication, rate limits and faults around it.
One lock guards the whole account, so concurrent clients see it change atomically.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .contacts import CONTACT_LIST_PARAMETERS, LIST_ORDERS, TAG_ORDERS, ContactRoutes
from .crm import DEAL_ORDERS, CrmRoutes
from .custom_fields import CustomFieldRoutes
from .imports import ImportBatch, ImportRoutes
from .query import check_parameters
from .store import TEXT_OPERATORS, ApiError, Reply, Request
from .webhooks import WebhookRoutes

ID = r"/(\d+)"
PAGING = ("limit", "offset")


def text_filters(name: str) -> list[str]:
    """`filters[name]` and `filters[name][op]` for every operator the API documents."""
    return [f"filters[{name}]", *(f"filters[{name}][{op}]" for op in TEXT_OPERATORS)]


def sorts(names: Iterable[str]) -> list[str]:
    return [f"orders[{name}]" for name in names]


# The query parameters each list route implements; every one exists in the spec for that operation
# (tests/testing/test_standin_against_spec.py holds them to it). Any other is a 400 naming it.
TAKES: dict[str, frozenset[str]] = {
    "listContacts": CONTACT_LIST_PARAMETERS,
    "listTags": frozenset({*PAGING, "search", *text_filters("search")[1:], *sorts(TAG_ORDERS)}),
    "listLists": frozenset({*PAGING, *text_filters("name"), "filters[id]", *sorts(LIST_ORDERS)}),
    "listFields": frozenset({*PAGING, "filters[perstag]"}),
    "listFieldValues": frozenset({*PAGING, "filters[fieldid]", "filters[val]"}),
    "listPipelines": frozenset({*PAGING, "filters[title]", "filters[have_stages]", "orders[title]"}),
    "listDealStages": frozenset({*PAGING, "filters[title]", "filters[d_groupid]", "orders[title]"}),
    "listDeals": frozenset(
        {*PAGING, "filters[search]", "filters[search_field]", "filters[title]", "include", *sorts(DEAL_ORDERS)}
        | {f"filters[{name}]" for name in ("stage", "group", "status", "owner", "tag")}
        | {f"filters[{name}]" for name in ("minimum_value", "maximum_value")}
        | {f"filters[{kind}_{side}]" for kind in ("created", "updated") for side in ("before", "after")}
    ),
    "listAccounts": frozenset({*PAGING, "search", "count_deals"}),
    "listWebhooks": frozenset({*PAGING, "filters[name]", "filters[url]", "filters[listid]"}),
    "getBulkImportInfo": frozenset({"batchId"}),
}


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Callable[..., Reply]
    # The spec's operationId for this method and path, and the query parameters the route implements.
    operation: str
    takes: frozenset[str]


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
        # (method, path, handler, the spec's operationId)
        table: list[tuple[str, str, Callable[..., Reply], str]] = [
            ("GET", "/contacts", self.list_contacts, "listContacts"),
            ("POST", "/contacts", self.create_contact, "createContact"),
            ("GET", f"/contacts{ID}", self.get_contact, "getContact"),
            ("PUT", f"/contacts{ID}", self.update_contact, "updateContact"),
            ("DELETE", f"/contacts{ID}", self.delete_contact, "deleteContact"),
            ("GET", f"/contacts{ID}/contactTags", self.list_contact_tags_of, "listContactContactTags"),
            ("GET", f"/contacts{ID}/contactLists", self.list_contact_lists_of, "listContactListMemberships"),
            ("GET", f"/contacts{ID}/fieldValues", self.list_contact_field_values, "listContactFieldValues"),
            ("GET", f"/contacts{ID}/trackingLogs", self.list_contact_tracking_logs, "listContactTrackingLogs"),
            ("POST", "/contact/sync", self.sync_contact, "syncContact"),
            ("GET", "/tags", self.list_tags, "listTags"),
            ("POST", "/tags", self.create_tag, "createTag"),
            ("GET", f"/tags{ID}", self.get_tag, "getTag"),
            ("DELETE", f"/tags{ID}", self.delete_tag, "deleteTag"),
            ("POST", "/contactTags", self.create_contact_tag, "createContactTag"),
            ("GET", f"/contactTags{ID}", self.get_contact_tag, "getContactTag"),
            ("DELETE", f"/contactTags{ID}", self.delete_contact_tag, "deleteContactTag"),
            ("GET", "/lists", self.list_lists, "listLists"),
            ("POST", "/lists", self.create_list, "createList"),
            ("GET", f"/lists{ID}", self.get_list, "getList"),
            ("POST", "/contactLists", self.update_contact_list, "updateContactListStatus"),
            ("GET", "/fields", self.list_fields, "listFields"),
            ("POST", "/fields", self.create_field, "createField"),
            ("GET", f"/fields{ID}", self.get_field, "getField"),
            ("PUT", f"/fields{ID}", self.update_field, "updateField"),
            ("DELETE", f"/fields{ID}", self.delete_field, "deleteField"),
            ("POST", "/fieldRels", self.create_field_rel, "createFieldRelation"),
            ("GET", f"/fieldRels{ID}", self.get_field_rel, "getFieldRelation"),
            ("DELETE", f"/fieldRels{ID}", self.delete_field_rel, "deleteFieldRelation"),
            ("GET", "/fieldValues", self.list_field_values, "listFieldValues"),
            ("POST", "/fieldValues", self.create_field_value, "createFieldValue"),
            ("GET", f"/fieldValues{ID}", self.get_field_value, "getFieldValue"),
            ("PUT", f"/fieldValues{ID}", self.update_field_value, "updateFieldValue"),
            ("DELETE", f"/fieldValues{ID}", self.delete_field_value, "deleteFieldValue"),
            ("GET", "/dealGroups", self.list_pipelines, "listPipelines"),
            ("POST", "/dealGroups", self.create_pipeline, "createPipeline"),
            ("GET", f"/dealGroups{ID}", self.get_pipeline, "getPipeline"),
            ("GET", "/dealStages", self.list_stages, "listDealStages"),
            ("POST", "/dealStages", self.create_stage, "createDealStage"),
            ("GET", f"/dealStages{ID}", self.get_stage, "getDealStage"),
            ("PUT", f"/dealStages{ID}/deals", self.move_deals, "moveDealsToStage"),
            ("GET", "/deals", self.list_deals, "listDeals"),
            ("POST", "/deals", self.create_deal, "createDeal"),
            ("GET", f"/deals{ID}", self.get_deal, "getDeal"),
            ("PUT", f"/deals{ID}", self.update_deal, "updateDeal"),
            ("DELETE", f"/deals{ID}", self.delete_deal, "deleteDeal"),
            ("PUT", f"/dealTasktypes{ID}/dealTasks", self.move_deal_tasks, "moveTasksToTaskType"),
            ("GET", "/accounts", self.list_accounts, "listAccounts"),
            ("POST", "/accounts", self.create_account, "createAccount"),
            ("GET", f"/accounts{ID}", self.get_account, "getAccount"),
            ("PUT", f"/accounts{ID}", self.update_account, "updateAccount"),
            ("DELETE", f"/accounts{ID}", self.delete_account, "deleteAccount"),
            ("GET", "/webhooks", self.list_webhooks, "listWebhooks"),
            ("POST", "/webhooks", self.create_webhook, "createWebhook"),
            ("GET", f"/webhooks{ID}", self.get_webhook, "getWebhook"),
            ("PUT", f"/webhooks{ID}", self.update_webhook, "updateWebhook"),
            ("DELETE", f"/webhooks{ID}", self.delete_webhook, "deleteWebhook"),
            ("GET", "/webhook/events", self.list_webhook_events, "listWebhookEvents"),
            ("POST", "/import/bulk_import", self.bulk_import, "bulkImportContacts"),
            ("GET", "/import/info", self.import_info, "getBulkImportInfo"),
        ]
        self.routes = [
            Route(method, re.compile(path), handler, operation, TAKES.get(operation, frozenset()))
            for method, path, handler, operation in table
        ]

    def dispatch(self, request: Request) -> Reply:
        allowed = False
        for route in self.routes:
            match = route.pattern.fullmatch(request.path)
            if match is None:
                continue
            allowed = True
            if route.method == request.method:
                with self.lock:
                    self.complete_due_batches()
                    try:
                        check_parameters(request.query, f"{route.method} {request.path}", route.takes)
                        return route.handler(request, *match.groups())
                    except ApiError as error:
                        return error.status, error.body
        if allowed:
            return 405, {"message": f"{request.method} is not allowed on {request.path}"}
        return 404, {"message": f"No route for {request.method} {request.path} in the local ActiveCampaign"}
