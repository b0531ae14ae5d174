"""Deals with their pipelines and stages, deal tasks, and accounts (companies)."""

from __future__ import annotations

from typing import Any

from .records import (
    JsonObject,
    account_record,
    deal_record,
    deal_task_record,
    now,
    pipeline_record,
    stage_record,
)
from .store import (
    Reply,
    Request,
    Store,
    as_id,
    missing,
    not_found,
    page,
    unprocessable,
    wrapped,
)

# Stages a new pipeline gets, as the API's own pipelines start.
DEFAULT_STAGES = ("To Contact", "In Contact", "Follow Up")
DEAL_STATUSES = {"0", "1", "2"}


class CrmRoutes(Store):
    # Pipelines and stages

    def add_pipeline(self, title: str, currency: str = "usd", stages: tuple[str, ...] = DEFAULT_STAGES) -> JsonObject:
        """A new pipeline with its stages (listed in its `stages`)."""
        pipeline_id = self.next_id("dealGroups")
        pipeline = self.pipelines[pipeline_id] = pipeline_record(self.base, pipeline_id, title, currency)
        for stage_title in stages:
            self.add_stage(pipeline_id, stage_title)
        return pipeline

    def add_stage(self, pipeline_id: str, title: str) -> JsonObject:
        pipeline = self.pipelines[pipeline_id]
        stage_id = self.next_id("dealStages")
        stage = stage_record(self.base, stage_id, title, pipeline_id, len(pipeline["stages"]) + 1)
        self.stages[stage_id] = stage
        pipeline["stages"].append(stage_id)
        return stage

    def _pipeline(self, pipeline_id: str) -> JsonObject:
        found = self.pipelines.get(pipeline_id)
        if found is None:
            raise not_found("Pipeline", pipeline_id)
        return found

    def _stage(self, stage_id: object) -> JsonObject:
        found = self.stages.get(str(as_id(stage_id)))
        if found is None:
            raise not_found("Stage", stage_id)
        return found

    def list_pipelines(self, request: Request) -> Reply:
        return page(request, "dealGroups", list(self.pipelines.values()))

    def create_pipeline(self, request: Request) -> Reply:
        body = wrapped(request, "dealGroup")
        for attribute in ("title", "currency"):
            if not isinstance(body.get(attribute), str) or not body[attribute]:
                raise missing(attribute)
        pipeline = self.add_pipeline(body["title"], body["currency"].lower())
        stages = [self.stages[stage_id] for stage_id in pipeline["stages"]]
        return 201, {"dealGroup": pipeline, "dealStages": stages}

    def get_pipeline(self, request: Request, pipeline_id: str) -> Reply:
        pipeline = self._pipeline(pipeline_id)
        return 200, {"dealGroup": pipeline, "dealStages": [self.stages[s] for s in pipeline["stages"]]}

    def list_stages(self, request: Request) -> Reply:
        group = request.query.get("filters[d_groupid]")
        stages = [s for s in self.stages.values() if group is None or s["group"] == group]
        return page(request, "dealStages", stages)

    def create_stage(self, request: Request) -> Reply:
        body = wrapped(request, "dealStage")
        if not isinstance(body.get("title"), str) or not body["title"]:
            raise missing("title")
        pipeline_id = as_id(body.get("group"))
        if pipeline_id is None:
            raise missing("group")
        self._pipeline(pipeline_id)
        return 201, {"dealStage": self.add_stage(pipeline_id, body["title"])}

    def get_stage(self, request: Request, stage_id: str) -> Reply:
        return 200, {"dealStage": self._stage(stage_id)}

    def move_deals(self, request: Request, stage_id: str) -> Reply:
        source = self._stage(stage_id)
        target_ref = wrapped(request, "deal").get("stage")
        if target_ref is None:
            raise missing("stage")
        target = self._stage(target_ref)
        if target["group"] != source["group"]:
            raise unprocessable("The stage belongs to another pipeline", "invalid", "/data/attributes/stage")
        moved = [deal for deal in self.deals.values() if deal["stage"] == source["id"]]
        for deal in moved:
            deal["stage"], deal["mdate"] = target["id"], now()
        return 200, {"deals": moved}

    # Deals

    def _deal(self, deal_id: str) -> JsonObject:
        found = self.deals.get(deal_id)
        if found is None:
            raise not_found("Deal", deal_id)
        return found

    def _apply_deal(self, deal: JsonObject, body: JsonObject) -> None:
        """Checks and applies the writable attributes of a deal body, as create and update take them."""
        if "value" in body and (
            isinstance(body["value"], bool) or not isinstance(body["value"], int) or body["value"] < 0
        ):
            raise unprocessable("Value must be zero or more", "invalid", "/data/attributes/value")
        if "status" in body and str(body["status"]) not in DEAL_STATUSES:
            raise unprocessable("Status must be 0, 1 or 2", "invalid", "/data/attributes/status")
        for attribute, table in (("contact", self.contacts), ("account", self.accounts)):
            if body.get(attribute) is not None:
                ident = as_id(body[attribute])
                if ident not in table:
                    raise not_found(attribute.capitalize(), body[attribute])
        stage = self._stage(body["stage"]) if body.get("stage") is not None else None
        group = as_id(body["group"]) if body.get("group") is not None else None
        if group is not None:
            pipeline = self._pipeline(str(group))
            if stage is None and deal["group"] != group:
                if not pipeline["stages"]:
                    raise unprocessable("The pipeline has no stage", "invalid", "/data/attributes/group")
                stage = self.stages[pipeline["stages"][0]]
        if stage is not None and group is not None and stage["group"] != group:
            raise unprocessable("The stage belongs to another pipeline", "invalid", "/data/attributes/stage")
        for attribute in ("title", "description", "currency"):
            if attribute in body:
                deal[attribute] = str(body[attribute]).lower() if attribute == "currency" else str(body[attribute])
        for attribute in ("contact", "account", "owner"):
            if attribute in body:
                deal[attribute] = as_id(body[attribute])
        deal["organization"] = deal["customerAccount"] = deal["account"]
        if "value" in body:
            deal["value"] = str(body["value"])
        if "percent" in body:
            deal["percent"] = None if body["percent"] is None else str(body["percent"])
        if stage is not None:
            deal["stage"], deal["group"] = stage["id"], stage["group"]
        if "status" in body and str(body["status"]) != deal["status"]:
            deal["status"] = str(body["status"])
            deal["edate"] = None if deal["status"] == "0" else now()
        if "fields" in body and isinstance(body["fields"], list):
            deal["fields"] = [{**item, "dealId": deal["id"]} for item in body["fields"] if isinstance(item, dict)]
        deal["mdate"] = now()

    def _deal_answer(self, deal: JsonObject) -> JsonObject:
        contacts = [self.contacts[deal["contact"]]] if deal["contact"] in self.contacts else []
        return {"contacts": contacts, "deal": deal, "dealStages": [self.stages[deal["stage"]]]}

    def list_deals(self, request: Request) -> Reply:
        query = request.query
        tests: list[tuple[str, str]] = [
            (attribute, query[f"filters[{attribute}]"])
            for attribute in ("stage", "group", "status", "owner")
            if f"filters[{attribute}]" in query
        ]
        search = query.get("filters[search]", "").casefold()
        deals = [
            d
            for d in self.deals.values()
            if all(str(d[a]) == v for a, v in tests) and (not search or search in str(d["title"]).casefold())
        ]
        return page(request, "deals", deals)

    def create_deal(self, request: Request) -> Reply:
        body = wrapped(request, "deal")
        for attribute in ("title", "value", "currency"):
            if body.get(attribute) is None:
                raise missing(attribute)
        if body.get("contact") is None and body.get("account") is None:
            raise missing("contact")
        if body.get("stage") is None and body.get("group") is None:
            raise missing("group")
        deal = deal_record(self.base, self.next_id("deals"))
        self._apply_deal(deal, body)
        self.deals[deal["id"]] = deal
        return 201, self._deal_answer(deal)

    def get_deal(self, request: Request, deal_id: str) -> Reply:
        return 200, {"deal": self._deal(deal_id)}

    def update_deal(self, request: Request, deal_id: str) -> Reply:
        deal = self._deal(deal_id)
        changed = dict(deal)
        self._apply_deal(changed, wrapped(request, "deal"))  # on a copy: a refused update changes nothing
        deal.update(changed)
        return 200, self._deal_answer(deal)

    def delete_deal(self, request: Request, deal_id: str) -> Reply:
        del self.deals[self._deal(deal_id)["id"]]
        return 200, {}

    # Deal tasks

    def add_deal_task(self, tasktype: str, title: str = "") -> JsonObject:
        task_id = self.next_id("dealTasks")
        task = self.deal_tasks[task_id] = deal_task_record(task_id, tasktype, title)
        return task

    def move_deal_tasks(self, request: Request, tasktype: str) -> Reply:
        target = wrapped(request, "dealTask").get("dealTasktype")
        if target is None:
            raise missing("dealTasktype")
        moved = [task for task in self.deal_tasks.values() if task["dealTasktype"] == tasktype]
        for task in moved:
            task["dealTasktype"] = str(target)
        return 200, {"dealTasks": moved}

    # Accounts

    def _account(self, account_id: str) -> JsonObject:
        found = self.accounts.get(account_id)
        if found is None:
            raise not_found("Account", account_id)
        return found

    def _apply_account(self, account: JsonObject, body: dict[str, Any]) -> None:
        name = body.get("name")
        if name is not None:
            if not isinstance(name, str) or not name.strip():
                raise missing("name")
            taken = any(
                a["name"].casefold() == name.casefold() and a["id"] != account["id"] for a in self.accounts.values()
            )
            if taken:
                raise unprocessable("An account with this name already exists", "duplicate", "/data/attributes/name")
            account["name"] = name
        if "accountUrl" in body:
            account["accountUrl"] = body["accountUrl"]
        if "owner" in body:
            account["owner"] = as_id(body["owner"])
        if isinstance(body.get("fields"), list):
            account["fields"] = [item for item in body["fields"] if isinstance(item, dict)]
        account["updatedTimestamp"] = now()

    def list_accounts(self, request: Request) -> Reply:
        search = request.query.get("search", "").casefold()
        found = [a for a in self.accounts.values() if search in str(a["name"]).casefold()]
        return page(request, "accounts", found)

    def create_account(self, request: Request) -> Reply:
        body = wrapped(request, "account")
        if not isinstance(body.get("name"), str):
            raise missing("name")
        account = account_record(self.base, self.next_id("accounts"), "")
        self._apply_account(account, body)
        self.accounts[account["id"]] = account
        return 201, {"account": account}

    def get_account(self, request: Request, account_id: str) -> Reply:
        return 200, {"account": self._account(account_id)}

    def update_account(self, request: Request, account_id: str) -> Reply:
        account = self._account(account_id)
        changed = dict(account)
        self._apply_account(changed, wrapped(request, "account"))
        account.update(changed)
        return 200, {"account": account}

    def delete_account(self, request: Request, account_id: str) -> Reply:
        del self.accounts[self._account(account_id)["id"]]
        return 200, {}
