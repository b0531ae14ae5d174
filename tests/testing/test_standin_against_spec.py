"""The local ActiveCampaign held against the spec: every route it serves exists in the spec (method and
path template, as the route table names its operationId), takes only query parameters the spec
declares for that operation, and every answer of a walk over all its routes (lists with and without
filters and sideloads, single reads, writes, deletes and error answers) agrees with the spec under the
wire-tolerance policy, checked by the one checker, `activecampaign_sdk.spec_check.check_answer`."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from activecampaign_sdk.spec_check import Disagreement, check_answer, default_spec, operation_id_for
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig
from activecampaign_sdk.testing.account import Account, Route

SENDER = {"sender_url": "https://example.com", "sender_reminder": "You signed up on our site"}


def sample_path(route: Route) -> str:
    """A concrete path the route serves: each id group as `1`."""
    return route.pattern.pattern.replace(r"(\d+)", "1")


def routes() -> list[Route]:
    return Account("http://127.0.0.1/api/3", import_delay=0.0).routes


def declared_query_parameters(operation_id: str) -> set[str]:
    spec = default_spec()
    _, path = spec.method_and_path(operation_id)
    item = spec.document["paths"][path]
    parameters = [*item.get("parameters", []), *spec.operation(operation_id).get("parameters", [])]
    return {spec.resolve(p)["name"] for p in parameters if spec.resolve(p).get("in") == "query"}


@pytest.mark.parametrize("route", routes(), ids=lambda r: f"{r.method} {sample_path(r)}")
def test_every_route_is_an_operation_of_the_spec_with_its_parameters(route: Route) -> None:
    assert operation_id_for(route.method, sample_path(route)) == route.operation
    undeclared = route.takes - declared_query_parameters(route.operation)
    assert not undeclared, f"{route.operation} takes parameters the spec does not declare: {sorted(undeclared)}"


@dataclass
class Walk:
    """Calls the stand-in and checks every answer against the spec as it goes."""

    http: httpx.Client
    table: list[Route]
    checked: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    disagreements: list[tuple[str, int, Disagreement]] = field(default_factory=list)

    def __call__(self, method: str, path: str, expect: int, *, params: Any = None, json: Any = None) -> Any:
        answer = self.http.request(method, path, params=params, json=json)
        assert answer.status_code == expect, (method, path, params, answer.status_code, answer.text[:300])
        route = next(r for r in self.table if r.method == method and r.pattern.fullmatch(path))
        body = answer.json()
        self.checked[route.operation].append(answer.status_code)
        for disagreement in check_answer(route.operation, answer.status_code, body):
            self.disagreements.append((f"{method} {path}", answer.status_code, disagreement))
        return body


@pytest.fixture
def walk() -> Iterator[tuple[Walk, LocalActiveCampaign]]:
    config = ServerConfig(rate_per_second=0, import_delay=0.05)
    with LocalActiveCampaign(config) as server:
        headers = {"Api-Token": server.config.token}
        with httpx.Client(base_url=server.base_url + "/api/3", headers=headers) as http:
            yield Walk(http, server.account.routes), server


def test_every_answer_of_every_route_fits_the_spec(walk: tuple[Walk, LocalActiveCampaign]) -> None:
    call, server = walk
    # Custom fields, lists and their relations.
    field_id = call("POST", "/fields", 201, json={"field": {"title": "Shoe size", "type": "text"}})["field"]["id"]
    call("PUT", f"/fields/{field_id}", 200, json={"field": {"descript": "EU sizes", "isrequired": 0}})
    list_id = call("POST", "/lists", 201, json={"list": {"name": "News", **SENDER}})["list"]["id"]
    rel = call("POST", "/fieldRels", 201, json={"fieldRel": {"field": field_id, "relid": list_id}})["fieldRel"]
    # Contacts, their upsert, tags, list memberships and field values.
    ada = call(
        "POST",
        "/contacts",
        201,
        json={
            "contact": {
                "email": "ada@example.com",
                "firstName": "Ada",
                "lastName": "Lovelace",
                "phone": "+1 555",
                "fieldValues": [{"field": field_id, "value": "38"}],
            }
        },
    )["contact"]["id"]
    call("PUT", f"/contacts/{ada}", 200, json={"contact": {"firstName": "Augusta"}})
    bob = call("POST", "/contact/sync", 201, json={"contact": {"email": "bob@example.com", "firstName": "Bob"}})
    bob_id = bob["contact"]["id"]
    call("POST", "/contact/sync", 200, json={"contact": {"email": "bob@example.com", "lastName": "Builder"}})
    tag = call("POST", "/tags", 201, json={"tag": {"tag": "vip", "tagType": "contact", "description": "Top"}})
    tag_id = tag["tag"]["id"]
    link = call("POST", "/contactTags", 201, json={"contactTag": {"contact": ada, "tag": tag_id}})["contactTag"]
    call("POST", "/contactLists", 200, json={"contactList": {"contact": ada, "list": list_id, "status": 1}})
    call("POST", "/contactLists", 200, json={"contactList": {"contact": bob_id, "list": list_id, "status": 2}})
    value = call(
        "POST", "/fieldValues", 201, json={"fieldValue": {"contact": bob_id, "field": field_id, "value": "41"}}
    )
    value_id = value["fieldValue"]["id"]
    call(
        "PUT",
        f"/fieldValues/{value_id}",
        200,
        json={"fieldValue": {"contact": bob_id, "field": field_id, "value": "42"}},
    )
    # Pipelines, stages, accounts, deals and deal tasks.
    pipeline = call("POST", "/dealGroups", 201, json={"dealGroup": {"title": "Sales", "currency": "usd"}})
    pipeline_id = pipeline["dealGroup"]["id"]
    stage_id = call("POST", "/dealStages", 201, json={"dealStage": {"title": "Won", "group": pipeline_id}})[
        "dealStage"
    ]["id"]
    account = call("POST", "/accounts", 201, json={"account": {"name": "Acme", "accountUrl": "https://acme.example"}})
    account_id = account["account"]["id"]
    call("PUT", f"/accounts/{account_id}", 200, json={"account": {"name": "Acme Inc"}})
    deal_body = {"title": "Renewal", "value": 45600, "currency": "usd", "contact": ada, "account": account_id}
    deal_id = call("POST", "/deals", 201, json={"deal": {**deal_body, "group": pipeline_id}})["deal"]["id"]
    other_deal = call("POST", "/deals", 201, json={"deal": {**deal_body, "contact": bob_id, "stage": "1"}})["deal"][
        "id"
    ]
    call("PUT", f"/deals/{deal_id}", 200, json={"deal": {"status": 1, "value": 50000, "percent": 50}})
    first_stage = pipeline["dealStages"][0]["id"]
    call("PUT", f"/dealStages/{first_stage}/deals", 200, json={"deal": {"stage": stage_id}})
    with server.account.lock:
        server.account.add_deal_task("1", "Call back")
    call("PUT", "/dealTasktypes/1/dealTasks", 200, json={"dealTask": {"dealTasktype": 2}})
    # Webhooks.
    hook = {"name": "Sync", "url": "https://example.com/hook", "events": ["subscribe"], "sources": ["public", "api"]}
    hook_id = call("POST", "/webhooks", 201, json={"webhook": hook})["webhook"]["id"]
    call("PUT", f"/webhooks/{hook_id}", 200, json={"webhook": {"name": "Sync 2", "listid": int(list_id)}})
    # Bulk import: queued, waiting, completed.
    rows = [
        {
            "email": "carla@example.com",
            "first_name": "Carla",
            "tags": ["imported"],
            "subscribe": [{"listid": list_id}],
            "fields": [{"id": field_id, "value": "40"}],
        },
        {"email": "dan@example.com", "phone": "+44 20"},
    ]
    batch = call("POST", "/import/bulk_import", 200, json={"contacts": rows})["batchId"]
    call("GET", "/import/info", 200, params={"batchId": batch})
    time.sleep(0.1)
    call("GET", "/import/info", 200, params={"batchId": batch})

    # Lists, without and with filters, orders and sideloads.
    everything = "contactLists,contactLists.list,contactTags,contactTags.tag,fieldValues,deals,organization"
    for params in [
        {},
        {"include": everything},
        {"include": everything, "limit": 1, "offset": 1},
        {"email": "ada@example.com"},
        {"email_like": "example", "orders[email]": "DESC"},
        {"status": 1, "listid": list_id},
        {"status": -1},
        {"tagid": tag_id, "include": "contactTags.tag"},
        {"ids": f"{ada},{bob_id}", "exclude": ada},
        {"search": "bob", "phone": "+"},
        {"id_greater": 0, "orders[id]": "ASC", "limit": 100},
        {"id_less": 3, "orders[id]": "DESC"},
        {"filters[created_after]": "2020-01-01", "filters[updated_before]": "2100-01-01"},
        {"filters[updated_after]": "2020-01-01T00:00:00-06:00", "orders[cdate]": "ASC"},
        {"orders[first_name]": "ASC", "orders[last_name]": "DESC", "orders[name]": "ASC"},
        {"in_group_lists": "true", "organization": 0},
    ]:
        call("GET", "/contacts", 200, params=params)
    for params in [
        {},
        {"include": "contact,stage,group,owner"},
        {"filters[stage]": stage_id, "filters[group]": pipeline_id, "filters[status]": 1, "filters[owner]": 1},
        {"filters[search]": "renewal", "filters[search_field]": "all", "filters[title]": "Renewal"},
        {"filters[created_after]": "2020-01-01", "filters[updated_before]": "2100-01-01", "orders[value]": "DESC"},
        {"filters[minimum_value]": 1, "filters[maximum_value]": 10000, "filters[tag]": "vip", "orders[title]": "ASC"},
        {"orders[cdate]": "DESC", "orders[contact_name]": "ASC", "limit": 1},
    ]:
        call("GET", "/deals", 200, params=params)
    call("GET", "/tags", 200)
    call("GET", "/tags", 200, params={"search": "v", "filters[search][starts_with]": "v", "orders[search]": "ASC"})
    call("GET", "/lists", 200)
    call("GET", "/lists", 200, params={"filters[name]": "News", "filters[id]": list_id, "orders[name]": "DESC"})
    call("GET", "/fields", 200)
    call("GET", "/fields", 200, params={"filters[perstag]": "SHOE_SIZE", "limit": 10})
    call("GET", "/fieldValues", 200)
    call("GET", "/fieldValues", 200, params={"filters[fieldid]": field_id, "filters[val]": "42"})
    call("GET", "/dealGroups", 200)
    call(
        "GET", "/dealGroups", 200, params={"filters[title]": "Sales", "filters[have_stages]": 1, "orders[title]": "ASC"}
    )
    call("GET", "/dealStages", 200)
    call(
        "GET",
        "/dealStages",
        200,
        params={"filters[d_groupid]": pipeline_id, "filters[title]": "Won", "orders[title]": "DESC"},
    )
    call("GET", "/accounts", 200)
    call("GET", "/accounts", 200, params={"search": "acme", "count_deals": "true"})
    call("GET", "/webhooks", 200)
    call(
        "GET",
        "/webhooks",
        200,
        params={"filters[name]": "Sync 2", "filters[url]": "https://example.com/hook", "filters[listid]": list_id},
    )
    call("GET", "/webhook/events", 200)
    # What hangs off a contact, and single reads.
    for part in ("contactTags", "contactLists", "fieldValues", "trackingLogs"):
        call("GET", f"/contacts/{ada}/{part}", 200)
    for path in [
        f"/contacts/{ada}",
        f"/contacts/{bob_id}",
        f"/tags/{tag_id}",
        f"/contactTags/{link['id']}",
        f"/lists/{list_id}",
        f"/fields/{field_id}",
        f"/fieldRels/{rel['id']}",
        f"/fieldValues/{value_id}",
        f"/dealGroups/{pipeline_id}",
        f"/dealStages/{stage_id}",
        f"/deals/{deal_id}",
        f"/accounts/{account_id}",
        f"/webhooks/{hook_id}",
    ]:
        call("GET", path, 200)

    # Error answers.
    call("GET", "/contacts/999", 404)
    call("GET", "/fieldRels/999", 404)
    call("GET", "/contacts", 400, params={"bogus": "1"})
    call("GET", "/contacts", 400, params={"segmentid": "1"})
    call("GET", "/deals", 400, params={"include": "notes"})
    call("POST", "/contacts", 422, json={"contact": {"email": "ada@example.com"}})
    call("POST", "/contacts", 422, json={"contact": {"email": "not an email"}})
    call("POST", "/deals", 422, json={"deal": {"title": "x", "currency": "usd", "contact": ada, "group": "1"}})
    call("POST", "/tags", 422, json={"tag": {"tag": ""}})
    call("PUT", "/deals/999", 404, json={"deal": {"title": "x"}})
    call("POST", "/import/bulk_import", 400, json={"contacts": [{"email": "broken@"}]})
    call("GET", "/import/info", 400, params={"batchId": "nope"})

    # Deletes, each thing once.
    for path in [
        f"/contactTags/{link['id']}",
        f"/fieldRels/{rel['id']}",
        f"/fieldValues/{value_id}",
        f"/deals/{other_deal}",
        f"/deals/{deal_id}",
        f"/accounts/{account_id}",
        f"/webhooks/{hook_id}",
        f"/tags/{tag_id}",
        f"/contacts/{bob_id}",
        f"/fields/{field_id}",
    ]:
        call("DELETE", path, 200)
    call("DELETE", f"/tags/{tag_id}", 404)
    call("DELETE", f"/contacts/{ada}", 200)

    assert sum(map(len, call.checked.values())) > 100
    for route in call.table:  # the route-by-route record (shown with `pytest -s`)
        statuses = call.checked[route.operation]
        wrong = sum(1 for where, _, d in call.disagreements if d.operation == route.operation)
        print(
            f"{route.method:6} {route.operation:28} answers {len(statuses):3} statuses {sorted(set(statuses))} "
            f"disagreements {wrong}"
        )
    served = {route.operation for route in call.table}
    assert served - set(call.checked) == set(), "every route the stand-in serves is walked"
    report = "\n".join(
        f"{where} -> {status}: {d.operation} {d.pointer or '/'} {d.problem} (expected {d.expected}, saw {d.observed})"
        for where, status, d in call.disagreements
    )
    assert not call.disagreements, f"{len(call.disagreements)} disagreements with the spec:\n{report}"


def test_the_walk_catches_drift(walk: tuple[Walk, LocalActiveCampaign]) -> None:
    """The checker is not vacuous: an attribute the spec lacks, or one of the wrong JSON type, is caught."""
    call, server = walk
    contact = call("POST", "/contacts", 201, json={"contact": {"email": "ada@example.com"}})["contact"]["id"]
    assert call.disagreements == []
    with server.account.lock:
        server.account.contacts[contact]["shoeSize"] = "38"
        server.account.contacts[contact]["cdate"] = 1714576272
    call("GET", f"/contacts/{contact}", 200)
    found = {(d.pointer, d.problem, d.observed) for _, _, d in call.disagreements}
    assert found == {
        ("/contact/shoeSize", "unknown attribute", "integer string"),
        ("/contact/cdate", "type", "integer"),
    }
