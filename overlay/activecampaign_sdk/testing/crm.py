"""Deals with their pipelines and stages, deal tasks, and accounts (companies)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .query import includes, number_key, one_of, orders, sort_records, text_key, time_key, time_tests, whole
from .records import (
    JsonObject,
    account_record,
    deal_record,
    deal_task_record,
    now,
    pipeline_record,
    stage_record,
    user_record,
)
from .store import (
    Reply,
    Request,
    Store,
    as_id,
    missing,
    not_found,
    page,
    text_filter,
    text_matches,
    unprocessable,
    wrapped,
)

# Stages a new pipeline gets, as the API's own pipelines start.
DEFAULT_STAGES = ("To Contact", "In Contact", "Follow Up")
DEAL_STATUSES = {"0", "1", "2"}
DEAL_INCLUDES = ("contact", "stage", "group", "owner")
DEAL_SEARCH_FIELDS = ("title", "contact", "org", "all")
DEAL_ORDERS = ("title", "value", "cdate", "contact_name")
TITLE_ORDER: dict[str, Callable[[JsonObject], Any]] = {"title": text_key("title")}


def _equals(attribute: str, wanted: str) -> Callable[[JsonObject], bool]:
    return lambda record: str(record[attribute]) == wanted


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
        title = text_filter(request.query, "title")
        have_stages = one_of(request.query, "filters[have_stages]", ("0", "1"))
        found = [
            p
            for p in self.pipelines.values()
            if text_matches(p["title"], title) and (have_stages != "1" or p["stages"])
        ]
        return page(request, "dealGroups", sort_records(found, orders(request.query, TITLE_ORDER), TITLE_ORDER))

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
        title = text_filter(request.query, "title")
        stages = [
            s
            for s in self.stages.values()
            if (group is None or s["group"] == group) and text_matches(s["title"], title)
        ]
        return page(request, "dealStages", sort_records(stages, orders(request.query, TITLE_ORDER), TITLE_ORDER))

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
        tests = self._deal_tests(query)
        deals = [deal for deal in self.deals.values() if all(test(deal) for test in tests)]
        deals = sort_records(deals, orders(query, self._deal_orders()), self._deal_orders())
        status, body = page(request, "deals", deals)
        currencies: dict[str, JsonObject] = {}
        for deal in deals:
            summed = currencies.setdefault(deal["currency"], {"currency": deal["currency"], "total": 0, "value": 0})
            summed["total"] += 1
            summed["value"] += int(float(deal["value"] or 0))
        body["meta"]["currencies"] = {
            code: {**summed, "total": str(summed["total"]), "value": str(summed["value"])}
            for code, summed in currencies.items()
        }
        wanted = includes(query, DEAL_INCLUDES)
        shown: list[JsonObject] = body["deals"]
        if "contact" in wanted:
            contact_ids = {deal["contact"] for deal in shown}
            body["contacts"] = [c for ident, c in self.contacts.items() if ident in contact_ids]
        if "stage" in wanted:
            stage_ids = {deal["stage"] for deal in shown}
            body["dealStages"] = [s for ident, s in self.stages.items() if ident in stage_ids]
        if "group" in wanted:
            group_ids = {deal["group"] for deal in shown}
            body["dealGroups"] = [p for ident, p in self.pipelines.items() if ident in group_ids]
        if "owner" in wanted:
            owner_ids = {deal["owner"] for deal in shown}
            body["users"] = [user_record(self.base, ident) for ident in sorted(owner_ids - {None}, key=int)]
        return status, body

    def _deal_tests(self, query: dict[str, str]) -> list[Callable[[JsonObject], bool]]:
        tests: list[Callable[[JsonObject], bool]] = []
        for attribute in ("stage", "group", "owner"):
            if f"filters[{attribute}]" in query:
                wanted = str(whole(query, f"filters[{attribute}]"))
                tests.append(_equals(attribute, wanted))
        status = one_of(query, "filters[status]", sorted(DEAL_STATUSES))
        if status is not None:
            tests.append(lambda d: d["status"] == status)
        title = query.get("filters[title]")
        if title is not None:
            tests.append(lambda d: str(d["title"]).casefold() == title.casefold())
        search = query.get("filters[search]", "").casefold()
        where = one_of(query, "filters[search_field]", DEAL_SEARCH_FIELDS) or "title"
        if search:
            tests.append(lambda d: any(search in text.casefold() for text in self._deal_texts(d, where)))
        low, high = whole(query, "filters[minimum_value]"), whole(query, "filters[maximum_value]")
        # Bounds are in whole currency units, values in cents.
        if low is not None:
            tests.append(lambda d: float(d["value"] or 0) >= low * 100)
        if high is not None:
            tests.append(lambda d: float(d["value"] or 0) <= high * 100)
        tag = query.get("filters[tag]")
        if tag is not None:
            tag_ids = {ident for ident, t in self.tags.items() if str(t["tag"]).casefold() == tag.casefold()}
            tagged = {link["contact"] for link in self.contact_tags.values() if link["tag"] in tag_ids}
            tests.append(lambda d: d["contact"] in tagged)
        # The API documents the deal `after` filters as "on or after"; `mdate` is a deal's update time.
        tests.extend(time_tests(query, {"created": "cdate", "updated": "mdate"}, after_inclusive=True))
        return tests

    def _deal_texts(self, deal: JsonObject, where: str) -> list[str]:
        texts: list[str] = []
        contact = self.contacts.get(str(deal["contact"]))
        if where in ("title", "all"):
            texts.append(str(deal["title"]))
        if where in ("contact", "all") and contact is not None:
            texts += [str(contact[k] or "") for k in ("firstName", "lastName", "email")]
        if where in ("org", "all") and deal["account"] in self.accounts:
            texts.append(str(self.accounts[deal["account"]]["name"]))
        return texts

    def _deal_orders(self) -> dict[str, Callable[[JsonObject], Any]]:
        """What each `orders[...]` of GET /deals sorts by (DEAL_ORDERS names them)."""

        def contact_name(deal: JsonObject) -> str:
            contact = self.contacts.get(str(deal["contact"]))
            return str(contact["firstName"] or "").casefold() if contact else ""

        return {
            "title": text_key("title"),
            "value": number_key("value"),
            "cdate": time_key("cdate"),
            "contact_name": contact_name,
        }

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
        count_deals = one_of(request.query, "count_deals", ("true", "false")) == "true"
        found = [a for a in self.accounts.values() if search in str(a["name"]).casefold()]
        if count_deals:
            found = [{**a, "dealCount": str(sum(d["account"] == a["id"] for d in self.deals.values()))} for a in found]
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
