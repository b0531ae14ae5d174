"""`activecampaign verify` and `verify_account` against the local ActiveCampaign, with drift injected.

Drift is injected by wrapping the local account's `dispatch`: its GET answers are changed the
way a real account could differ from the spec. The kinds of the attributes changed are pinned
(`pinned_spec`), so that these tests say the same whatever kinds the bundled spec gives them today.
"""

from __future__ import annotations

import asyncio
import copy
import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, spec_check
from activecampaign_sdk.errors import InvalidInputError
from activecampaign_sdk.spec_check import Spec
from activecampaign_sdk.testing import LocalActiveCampaign
from activecampaign_sdk.testing.store import Request
from activecampaign_sdk.verification import Skipped, VerifyReport, plan, verify_account, verify_account_async

from .conftest import Invoke

# The personal values of the account: none may appear in a report or the summary.
PERSONAL = ["ada.lovelace@example.com", "Ada", "Lovelace", "+44 20 7946 0000", "Analytical Engine", "VIP Customers"]
# Operations the local ActiveCampaign answers as the spec says.
CLEAN = ["listContacts", "getContact", "listTags", "getTag", "listDeals", "getDeal"]

COUNT = "count (integer, integer string, integral number)"
ID = "id (integer, string)"
FLAG = "flag (0 or 1, 0 or 1 string, boolean, boolean string)"
DATETIME = "datetime (datetime string, zero date string)"
KIND_COMPONENTS = {
    "Id": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    "Count": {"oneOf": [{"type": "integer"}, {"type": "string", "pattern": "^-?[0-9]+$"}]},
    "Flag": {"oneOf": [{"type": "boolean"}, {"type": "integer", "enum": [0, 1]}, {"type": "string"}]},
}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@pytest.fixture
def pinned() -> Spec:
    """The bundled spec, with the kinds of the attributes these tests change written down."""
    document = copy.deepcopy(spec_check.default_spec().document)
    schemas = document["components"]["schemas"]
    for name, schema in KIND_COMPONENTS.items():
        schemas.setdefault(name, schema)
    schemas["Contact"]["properties"]["id"] = ref("Id")
    schemas["Deal"]["properties"]["id"] = ref("Id")
    schemas["Contact"]["properties"]["deleted"] = ref("Flag")
    schemas["Contact"]["properties"]["cdate"] = ref("DateTimeOrZero")
    schemas["ContactPageMeta"]["properties"]["total"] = ref("Count")
    schemas["Tag"]["properties"]["tagType"] = {"type": "string", "enum": ["contact", "template"]}
    return Spec(document)


@pytest.fixture
def use_pinned(pinned: Spec, monkeypatch: pytest.MonkeyPatch) -> Spec:
    monkeypatch.setattr(spec_check, "default_spec", lambda: pinned)
    return pinned


@pytest.fixture
def people(account: LocalActiveCampaign) -> LocalActiveCampaign:
    """An account with a contact, a tag on it, and a deal."""
    with ActiveCampaign(account.base_url, account.config.token, rate_limit=1000) as ac:
        contact = ac.request(
            "POST",
            "/contacts",
            json={
                "contact": {
                    "email": PERSONAL[0],
                    "firstName": PERSONAL[1],
                    "lastName": PERSONAL[2],
                    "phone": PERSONAL[3],
                }
            },
        )["contact"]
        tag = ac.request("POST", "/tags", json={"tag": {"tag": PERSONAL[5], "tagType": "contact"}})["tag"]
        ac.request("POST", "/contactTags", json={"contactTag": {"contact": contact["id"], "tag": tag["id"]}})
        deal = {"title": PERSONAL[4], "contact": contact["id"], "value": 15624, "currency": "usd", "group": "1"}
        ac.request("POST", "/deals", json={"deal": {**deal, "stage": "1", "owner": "1"}})
    return account


Mutation = Callable[[str, Any], None]


def drift(account: LocalActiveCampaign, monkeypatch: pytest.MonkeyPatch, mutate: Mutation) -> None:
    """Change each GET answer of the local account with `mutate(operationId, body)` (on a copy)."""
    original = account.account.dispatch

    def dispatch(request: Request) -> tuple[int, Any]:
        status, body = original(request)
        operation = spec_check.operation_id_for(request.method, request.path)
        if request.method == "GET" and status == 200 and operation is not None:
            body = copy.deepcopy(body)
            mutate(operation, body)
        return status, body

    monkeypatch.setattr(account.account, "dispatch", dispatch)


def every_kind_of_drift(operation: str, body: Any) -> None:
    if operation == "listContacts":
        for contact in body["contacts"]:
            contact["nickname"] = "Countess of Lovelace"  # an attribute the spec does not list
            contact["deleted"] = "2"  # a flag that is not 0 or 1
            contact["cdate"] = "the day after " + PERSONAL[0]  # a date that is not one
        body["meta"]["total"] = "about " + PERSONAL[1]  # a count that is not a number
    elif operation == "getContact":
        del body["contact"]["id"]  # a required attribute gone
    elif operation == "getDeal":
        body["deal"]["id"] = float(body["deal"]["id"]) + 0.5  # an id as a float
    elif operation == "listTags":
        for tag in body["tags"]:
            tag["tagType"] = "deal"  # an enum value the spec does not list
    elif operation == "getTag":
        body["tag"]["tagType"] = PERSONAL[0]  # an unlisted enum value that is no token
    elif operation == "listDeals":
        body[PERSONAL[0]] = PERSONAL[1]  # an unknown attribute named after a value


EXPECTED = {
    ("listContacts", "/contacts/*/nickname", "unknown attribute", "no such attribute in Contact", "string"),
    ("getDeal", "/deal/id", "type", ID, "number"),
    ("listContacts", "/contacts/*/deleted", "type", FLAG, "integer string"),
    ("listContacts", "/contacts/*/cdate", "type", DATETIME, "string"),
    ("listContacts", "/meta/total", "type", COUNT, "string"),
    ("getContact", "/contact/id", "missing attribute", ID, "absent"),
    ("listTags", "/tags/*/tagType", "enum", "one of: contact, template", "deal"),
    ("getTag", "/tag/tagType", "enum", "one of: contact, template", "string"),
    ("listDeals", "/*", "unknown attribute", "no such attribute in DealList", "string"),
}


def found(report: dict[str, Any] | VerifyReport) -> set[tuple[str, str, str, str, str]]:
    items = report.as_json()["disagreements"] if isinstance(report, VerifyReport) else report["disagreements"]
    return {(d["operation"], d["pointer"], d["problem"], d["expected"], d["observed"]) for d in items}


def options(*operations: str) -> list[str]:
    return [arg for operation in operations for arg in ("--operation", operation)]


# --- the command ------------------------------------------------------------------------------------


def test_an_account_that_agrees_exits_0(invoke: Invoke, people: LocalActiveCampaign, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    done = invoke("verify", "--report", str(target), *options(*CLEAN))
    assert done.code == 0, done.out + done.err
    assert "agrees with the spec" in done.out
    report = json.loads(target.read_text())
    assert report["disagreements"] == []
    assert report["spec_version"] == spec_check.default_spec().version
    assert {item["operation"] for item in report["checked"]} == set(CLEAN)
    assert report["skipped"] == []
    assert report["requests"] == len(CLEAN)


def test_drift_is_reported_and_exits_1(
    invoke: Invoke, people: LocalActiveCampaign, use_pinned: Spec, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    drift(people, monkeypatch, every_kind_of_drift)
    target = tmp_path / "report.json"
    done = invoke("verify", "--report", str(target), *options(*CLEAN))
    assert done.code == 1, done.out + done.err
    text = target.read_text()
    report = json.loads(text)
    assert found(report) == EXPECTED
    assert set(report) == {"spec_version", "requests", "checked", "skipped", "disagreements"}
    for value in [*PERSONAL, "Countess", "day after"]:
        assert value not in text
        assert value not in done.out
    assert "9 disagreements in 6 operations" in done.out.replace("\n", " ")


def test_the_summary_without_a_report(
    invoke: Invoke, people: LocalActiveCampaign, use_pinned: Spec, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    drift(people, monkeypatch, every_kind_of_drift)
    done = invoke("verify", "--operation", "listTags")
    assert done.code == 1
    assert "listTags" in done.out and "tagType" in done.out and "deal" in done.out
    assert "1 operation checked in 1 request, 0 skipped" in done.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--operation", "noSuchOperation"], "not a GET operation of the spec: noSuchOperation"),
        (["--operation", "createContact"], "not a GET operation of the spec: createContact"),
        (["--max-pages", "0"], "--max-pages"),
        (["--max-pages", "x"], "--max-pages"),
        (["--report", "{missing}/report.json"], "cannot write"),
        (["--report", "{folder}"], "is a directory"),
        (["--colour"], "No such option"),
    ],
)
def test_usage_errors_exit_2_before_any_request(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path, args: list[str], message: str
) -> None:
    args = [arg.format(missing=tmp_path / "missing", folder=tmp_path) for arg in args]
    done = invoke("verify", *args)
    assert done.code == 2, done.out + done.err
    assert message in done.err
    assert account.log == []
    assert list(tmp_path.iterdir()) == []


def test_missing_credentials_exit_2(
    invoke: Invoke, account: LocalActiveCampaign, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("AC_API_TOKEN")
    done = invoke("verify", "--report", str(tmp_path / "report.json"))
    assert done.code == 2
    assert "AC_API_TOKEN" in done.err
    assert list(tmp_path.iterdir()) == []


def test_the_report_replaces_a_file_whole_and_only_when_the_run_ends(
    invoke: Invoke, people: LocalActiveCampaign, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    target.write_text("an older report")
    done = invoke("verify", "--report", str(target), "--operation", "listTags")
    assert done.code == 0
    assert json.loads(target.read_text())["checked"] == [{"operation": "listTags", "answers": 1}]
    assert [path.name for path in tmp_path.iterdir()] == ["report.json"]

    target.write_text("an older report")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    monkeypatch.setenv("AC_API_URL", f"http://127.0.0.1:{port}")
    done = invoke("--max-retries", "0", "verify", "--report", str(target), "--operation", "listTags")
    assert done.code == 1
    assert "APIConnectionError" in done.err
    assert target.read_text() == "an older report"
    assert [path.name for path in tmp_path.iterdir()] == ["report.json"]


def test_an_account_that_refuses_everything_is_not_verified(
    invoke: Invoke, people: LocalActiveCampaign, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("AC_API_TOKEN", "not-the-token")
    target = tmp_path / "report.json"
    done = invoke("verify", "--report", str(target), "--operation", "listTags", "--operation", "listContacts")
    assert done.code == 1
    assert "No operation could be read" in done.out
    report = json.loads(target.read_text())
    assert report["checked"] == [] and report["disagreements"] == []
    assert report["skipped"] == [
        {"operation": "listContacts", "reason": "refused", "status": 403},
        {"operation": "listTags", "reason": "refused", "status": 403},
    ]


def test_pages_are_bounded(invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path) -> None:
    account.seed_contacts(250)
    target = tmp_path / "report.json"
    assert invoke("verify", "--report", str(target), "--operation", "listContacts").code == 0
    assert json.loads(target.read_text())["checked"] == [{"operation": "listContacts", "answers": 2}]
    assert [(r.path, r.query) for r in account.requests("GET")] == [
        ("/contacts", "limit=100&offset=0"),
        ("/contacts", "limit=100&offset=100"),
    ]
    assert invoke("verify", "--report", str(target), "--max-pages", "9", "--operation", "listContacts").code == 0
    assert json.loads(target.read_text())["checked"] == [{"operation": "listContacts", "answers": 3}]


# --- the function, on both clients -------------------------------------------------------------------

Verify = Callable[..., VerifyReport]


@pytest.fixture(params=["sync", "async"])
def verify(request: pytest.FixtureRequest, account: LocalActiveCampaign) -> Iterator[Verify]:
    def sync(**kwargs: Any) -> VerifyReport:
        with ActiveCampaign(account.base_url, account.config.token, rate_limit=1000) as ac:
            return verify_account(ac, **kwargs)

    def asynchronous(**kwargs: Any) -> VerifyReport:
        async def run() -> VerifyReport:
            async with AsyncActiveCampaign(account.base_url, account.config.token, rate_limit=1000) as ac:
                return await verify_account_async(ac, **kwargs)

        return asyncio.run(run())

    yield sync if request.param == "sync" else asynchronous


def test_verify_account_reports_drift(
    verify: Verify, people: LocalActiveCampaign, pinned: Spec, monkeypatch: pytest.MonkeyPatch
) -> None:
    drift(people, monkeypatch, every_kind_of_drift)
    report = verify(operations=CLEAN, spec=pinned)
    assert found(report) == EXPECTED
    assert not report.agrees
    assert report.requests == len(CLEAN)
    assert "ada" not in json.dumps(report.as_json()).lower()


def test_verify_account_reads_records_it_learned_from_a_list(verify: Verify, people: LocalActiveCampaign) -> None:
    report = verify(operations=["getContact", "listContactContactTags", "getDeal"])
    assert report.agrees, report.disagreements
    assert [item.operation for item in report.checked] == ["getContact", "listContactContactTags", "getDeal"]
    contact_id = people.contact_by_email(PERSONAL[0])["id"]  # type: ignore[index]
    paths = [r.path for r in people.requests("GET")]
    # The lists are read (one page) only to learn a record of each; they are not checked.
    assert paths == [
        "/contacts",
        f"/contacts/{contact_id}",
        f"/contacts/{contact_id}/contactTags",
        "/deals",
        "/deals/1",
    ]


def test_verify_account_skips_what_the_account_refuses(verify: Verify, account: LocalActiveCampaign) -> None:
    report = verify(operations=["listTags", "getTag", "listAutomations", "getAutomation", "getBulkImportInfo"])
    assert report.agrees
    assert [item.operation for item in report.checked] == ["listTags"]
    assert set(report.skipped) == {
        Skipped("getBulkImportInfo", "needs parameters"),
        Skipped("listAutomations", "refused", 404),
        Skipped("getTag", "no record to read"),  # the account has no tag
        Skipped("getAutomation", "no record to read"),
    }


def test_verify_account_refuses_bad_arguments_before_any_request(verify: Verify, account: LocalActiveCampaign) -> None:
    with pytest.raises(InvalidInputError, match="not a GET operation of the spec: deleteTag"):
        verify(operations=["deleteTag"])
    with pytest.raises(InvalidInputError, match="max_pages"):
        verify(max_pages=0)
    with pytest.raises(InvalidInputError, match="page_size"):
        verify(page_size=101)
    assert account.log == []


def test_a_whole_walk_of_the_local_account(people: LocalActiveCampaign) -> None:
    with ActiveCampaign(people.base_url, people.config.token, rate_limit=1000) as ac:
        seen: list[str] = []
        report = verify_account(ac, progress=seen.append)
    checked = {item.operation for item in report.checked}
    assert set(CLEAN) <= checked
    assert Skipped("listAutomations", "refused", 404) in report.skipped
    assert report.requests == len(people.requests("GET"))
    assert checked <= set(seen)
    # Every GET operation of the spec is either checked or skipped, once.
    listed = [item.operation for item in report.checked] + [item.operation for item in report.skipped]
    spec = spec_check.default_spec()
    assert sorted(listed) == sorted({op for op in spec.operation_ids() if spec.method_and_path(op)[0] == "GET"})


# --- the plan -----------------------------------------------------------------------------------------


def test_the_plan_on_a_small_spec() -> None:
    ok = {"200": {"description": "ok"}}
    paged = [{"name": "limit", "in": "query"}, {"name": "offset", "in": "query"}]
    spec = Spec(
        {
            "info": {"version": "1"},
            "paths": {
                "/things": {"get": {"operationId": "listThings", "parameters": paged, "responses": ok}},
                "/things/{id}": {"get": {"operationId": "getThing", "responses": ok}},
                "/things/{id}/parts": {"get": {"operationId": "listThingParts", "responses": ok}},
                "/users/me": {"get": {"operationId": "getMe", "responses": ok}},
                "/events": {
                    "get": {"operationId": "listEvents", "servers": [{"url": "https://x.example.com"}], "responses": ok}
                },
                "/search": {
                    "get": {
                        "operationId": "search",
                        "parameters": [{"$ref": "#/components/parameters/Query"}],
                        "responses": ok,
                    }
                },
                "/a/{x}/b/{y}": {"get": {"operationId": "getAB", "responses": ok}},
                "/orphans/{id}": {"get": {"operationId": "getOrphan", "responses": ok}},
            },
            "components": {"parameters": {"Query": {"name": "q", "in": "query", "required": True}}},
        }
    )
    steps, skipped = plan(spec)
    assert [(s.operation, s.paged, s.parent, s.checked) for s in steps] == [
        ("listThings", True, None, True),
        ("getMe", False, None, True),
        ("getThing", False, "listThings", True),
        ("listThingParts", False, "listThings", True),
    ]
    assert steps[3].concrete("7") == "/things/7/parts"
    assert set(skipped) == {
        Skipped("listEvents", "other host"),
        Skipped("search", "needs parameters"),
        Skipped("getAB", "needs parameters"),
        Skipped("getOrphan", "needs parameters"),
    }
    steps, skipped = plan(spec, ["getThing", "listThingParts", "getMe"])
    assert [(s.operation, s.checked) for s in steps] == [
        ("getMe", True),
        ("listThings", False),
        ("getThing", True),
        ("listThingParts", True),
    ]
    assert skipped == []
