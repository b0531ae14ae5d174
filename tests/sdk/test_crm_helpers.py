"""Account, deal, task, custom-field and bulk-import helpers: the request each one sends and what it returns."""

from __future__ import annotations

import asyncio
import json

import httpx
from activecampaign_api.models import BulkImportContact, Deal
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk.crm_requests import ALL_LISTS

from .conftest import FakeApi, async_client, reply

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


def test_update_deal_sends_only_the_given_fields(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("PUT /deals/12", reply(200, {"deal": {"id": "12", "title": "Renewal", "value": "50000"}}))
    deal = ac.update_deal("12", title="Renewal", value=50000, stage=3)
    assert deal.id == "12"
    assert fake.body() == {"deal": {"title": "Renewal", "value": 50000, "stage": 3}}


def test_move_deals_and_tasks(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("PUT /dealStages/1/deals", reply(200, {"deals": [{"id": "12"}]}))
    fake.on("PUT /dealTasktypes/4/dealTasks", reply(200, {"dealTasks": [{"id": "30"}]}))
    moved = ac.move_deals(1, Deal(id="2"))  # a model with an id is as good as the id
    assert [d.id for d in moved] == ["12"]
    assert fake.body() == {"deal": {"stage": "2"}}
    assert [t.id for t in ac.move_tasks("4", "5")] == ["30"]
    assert fake.body() == {"dealTask": {"dealTasktype": "5"}}


def test_link_field_to_list_and_set_field_value(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /fieldRels", reply(201, {"fieldRel": {"id": "9", "field": "3", "relid": "0"}}))
    fake.on(
        "POST /fieldValues", reply(200, {"fieldValue": {"id": "40", "contact": "8", "field": "3", "value": "Blue"}})
    )
    assert ac.link_field_to_list(3, ALL_LISTS).id == "9"
    assert json.loads(fake.sent("POST /fieldRels")[0].content) == {"fieldRel": {"field": "3", "relid": "0"}}
    assert ac.set_field_value(8, 3, "Blue").value == "Blue"
    assert fake.body() == {"fieldValue": {"contact": "8", "field": "3", "value": "Blue"}}


def test_import_contacts_sends_batches_of_250(ac: ActiveCampaign, fake: FakeApi) -> None:
    def queued(request: httpx.Request) -> httpx.Response:
        count = len(json.loads(request.content)["contacts"])
        return reply(200, {"Success": 1, "queued_contacts": count, "batchId": f"b{len(fake.requests)}"})

    fake.on("POST /import/bulk_import", queued)
    rows = (BulkImportContact(email=f"u{i}@example.com", tags=["imported"]) for i in range(600))
    batches = ac.import_contacts(rows)
    assert [b.queued_contacts for b in batches] == [250, 250, 100]
    assert len(fake.requests) == 3, "bulk import is a create: one request per batch, never retried"
    assert json.loads(fake.requests[0].content)["contacts"][0] == {"email": "u0@example.com", "tags": ["imported"]}


def test_async_crm_helpers(fake: FakeApi) -> None:
    fake.on("GET /accounts", reply(200, {"accounts": [ACME], "meta": {"total": "1"}}))
    fake.on("PUT /deals/12", reply(200, {"deal": {"id": "12"}}))
    fake.on("PUT /dealStages/1/deals", reply(200, {}))
    fake.on("PUT /dealTasktypes/4/dealTasks", reply(200, {"dealTasks": []}))
    fake.on("POST /fieldRels", reply(201, {"fieldRel": {"id": "9"}}))
    fake.on("POST /fieldValues", reply(200, {"fieldValue": {"id": "40", "value": "x"}}))
    fake.on("POST /import/bulk_import", reply(200, {"Success": 1, "queued_contacts": 1}))

    async def scenario() -> None:
        async with async_client(fake) as client:
            assert (await client.find_or_create_account("ACME")).id == "7"
            assert (await client.update_deal(12, status=1)).id == "12"
            assert await client.move_deals(1, 2) == [], "no deals listed: nothing reported moved"
            assert await client.move_tasks(4, 5) == []
            assert (await client.link_field_to_list(3, 2)).id == "9"
            assert (await client.set_field_value(8, 3, "x")).value == "x"
            assert len(await client.import_contacts([BulkImportContact(email="a@example.com")])) == 1

    asyncio.run(scenario())
