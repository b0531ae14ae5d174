"""Account, deal and task helpers: the requests each one sends and what it returns."""

from __future__ import annotations

from typing import Any

import pytest
from activecampaign_api.models import Deal
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk.errors import InvalidInputError

from .conftest import FakeApi, reply

ACME = {"id": "7", "name": "Acme"}


def test_find_or_create_account_matches_the_exact_name(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /accounts", reply(200, {"accounts": [{"id": "6", "name": "Acme Labs"}, ACME], "meta": {"total": "2"}}))
    assert ac.find_or_create_account("acme").id == "7"
    assert fake.requests[0].url.params["search"] == "acme"
    assert fake.sent("POST /accounts") == []


def test_find_or_create_account_creates_when_missing(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /accounts", reply(200, {"accounts": [{"id": "6", "name": "Acme Labs"}], "meta": {"total": "1"}}))
    fake.on("POST /accounts", reply(201, {"account": ACME}))
    assert ac.find_or_create_account("Acme", account_url="https://acme.example").id == "7"
    assert fake.body() == {"account": {"name": "Acme", "accountUrl": "https://acme.example"}}


def test_patch_deal_reads_merges_and_writes_the_whole_deal(ac: ActiveCampaign, fake: FakeApi) -> None:
    current = {
        "id": "12",
        "title": "Old",
        "description": "keep me",
        "contact": "51",
        "value": "45678",
        "currency": "usd",
        "group": "1",
        "stage": "2",
        "owner": "1",
        "percent": "0",
        "status": "0",
        "mdate": "2024-01-01T00:00:00-06:00",
    }
    fake.on("GET /deals/12", reply(200, {"deal": current}))
    fake.on("PUT /deals/12", reply(200, {"deal": {**current, "title": "Renewal", "value": "50000", "stage": "3"}}))
    deal = ac.patch_deal("12", title="Renewal", value=50000, stage=3)
    assert deal.title == "Renewal"
    assert [f"{r.method} {r.url.path}" for r in fake.requests] == ["GET /api/3/deals/12", "PUT /api/3/deals/12"]
    assert fake.body() == {
        "deal": {
            "title": "Renewal",
            "description": "keep me",
            "contact": "51",
            "value": 50000,
            "currency": "usd",
            "group": "1",
            "stage": "3",
            "owner": "1",
            "percent": 0,
            "status": 0,
        }
    }


def test_patch_deal_refuses_bad_changes_before_any_request(ac: ActiveCampaign, fake: FakeApi) -> None:
    with pytest.raises(InvalidInputError, match="status is 0"):
        ac.patch_deal("12", status=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="at least one change"):
        ac.patch_deal("12")
    with pytest.raises(TypeError):
        ac.patch_deal("12", colour="red")  # type: ignore[call-arg]
    assert fake.requests == []


@pytest.mark.parametrize("deal", ["", ".", "..", "../x", "-1", 0, -3, True, None, "12/../13", "1 2"])
def test_ids_that_are_no_ids_never_reach_the_wire(ac: ActiveCampaign, fake: FakeApi, deal: Any) -> None:
    for call in (
        lambda: ac.patch_deal(deal, title="x"),
        lambda: ac.move_deals(deal, 3),
        lambda: ac.move_deals(3, deal),
        lambda: ac.move_tasks(deal, 3),
        lambda: ac.set_field_value(deal, 1, "v"),
    ):
        with pytest.raises(InvalidInputError):
            call()
    assert fake.requests == []


def test_blank_account_names_are_refused(ac: ActiveCampaign, fake: FakeApi) -> None:
    for name in ("", "   "):
        with pytest.raises(InvalidInputError, match="not blank"):
            ac.find_or_create_account(name)
    assert fake.requests == []


def test_move_deals_and_tasks(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("PUT /dealStages/1/deals", reply(200, {"deals": [{"id": "12"}]}))
    fake.on("PUT /dealTasktypes/4/dealTasks", reply(200, {"dealTasks": [{"id": "30"}]}))
    moved = ac.move_deals(1, Deal(id="2"))  # a model with an id is as good as the id
    assert [d.id for d in moved] == ["12"]
    assert fake.body() == {"deal": {"stage": "2"}}
    assert [t.id for t in ac.move_tasks("4", "5")] == ["30"]
    assert fake.body() == {"dealTask": {"dealTasktype": "5"}}


def test_patch_deal_with_a_status_and_an_unlisted_move(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /accounts", reply(200, {"accounts": [ACME], "meta": {"total": "1"}}))
    fake.on("GET /deals/12", reply(200, {"deal": {"id": "12", "title": "T", "value": "100"}}))
    fake.on("PUT /deals/12", reply(200, {"deal": {"id": "12"}}))
    fake.on("PUT /dealStages/1/deals", reply(200, {}))
    fake.on("PUT /dealTasktypes/4/dealTasks", reply(200, {"dealTasks": []}))
    assert ac.find_or_create_account("ACME").id == "7"
    assert ac.patch_deal(12, status=1).id == "12"
    assert fake.body() == {"deal": {"title": "T", "value": 100, "status": 1}}
    assert ac.move_deals(1, 2) == [], "no deals listed: nothing reported moved"
    assert ac.move_tasks(4, 5) == []
