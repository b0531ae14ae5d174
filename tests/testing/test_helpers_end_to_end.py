"""The SDK's helpers, end to end against the local ActiveCampaign, through the pytest plugin's fixtures.

Custom fields and their values, deals and pipelines, accounts, webhooks and the
README quickstart: each helper call goes over HTTP and lands in the account's state.
"""

from __future__ import annotations

import asyncio

import pytest
from activecampaign_api.models import DealCreateRequest, FieldCreateRequest, FieldEnvelope
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, ImportRow
from activecampaign_sdk.errors import InvalidInputError, NotFoundError, UnprocessableEntityError
from activecampaign_sdk.testing import LocalActiveCampaign

SENDER_URL, SENDER_REMINDER = "https://example.com", "You signed up on our site"


def make_field(ac: ActiveCampaign, title: str, perstag: str | None = None) -> str:
    body = {"field": {"title": title, "type": "text", **({"perstag": perstag} if perstag else {})}}
    created = ac.custom_fields.create_field(body=FieldCreateRequest.from_dict(body))
    assert isinstance(created, FieldEnvelope)
    return created.field.id


def make_deal(ac: ActiveCampaign, contact_id: str, **fields: object) -> str:
    body = {"deal": {"title": "Renewal", "value": 45600, "currency": "usd", "contact": contact_id, **fields}}
    return ac.deals.create_deal(body=DealCreateRequest.from_dict(body)).deal.id


def test_readme_quickstart(activecampaign_client: ActiveCampaign, activecampaign_server: LocalActiveCampaign) -> None:
    ac = activecampaign_client
    make_field(ac, "Company size")
    ac.find_or_create_list("Newsletter", sender_url=SENDER_URL, sender_reminder=SENDER_REMINDER)
    ada = ac.upsert_contact(
        "ada@example.com",
        first_name="Ada",
        fields={"COMPANY_SIZE": "11-50"},
        tags=["VIP"],
        lists={"Newsletter": "subscribed"},
    )
    vip = ac.tags.list_tags(filters_search_eq="VIP")
    assert [tag.tag for tag in vip.tags] == ["VIP"] and vip.meta is not None and vip.meta.total == 1
    assert ac.request("GET", f"/contacts/{ada.id}/trackingLogs") == {"trackingLogs": [], "meta": {"total": "0"}}
    account = activecampaign_server.account
    assert [(v["field"], v["value"]) for v in account.contact_field_values(ada.id)] == [("1", "11-50")]
    assert [m["status"] for m in account.contact_lists.values()] == ["1"]


def test_field_values_through_the_helpers(
    activecampaign_client: ActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    ac = activecampaign_client
    size, colour = make_field(ac, "Company size"), make_field(ac, "Favourite colour", "%COLOUR%")
    contact = ac.upsert_contact("ada@example.com", fields={"COMPANY_SIZE": "11-50"})
    (held,) = ac.contacts.list_contact_field_values(contact.id).field_values

    changed = ac.set_field_value(contact, "%COMPANY_SIZE%", "51-200")  # updates the value the contact holds
    assert changed.id == held.id and changed.value == "51-200" and changed.field == size
    added = ac.set_field_value(contact.id, colour, "green")  # none held: creates one
    assert added.id != held.id
    values = {v.field: v.value for v in ac.contacts.list_contact_field_values(contact.id).field_values}
    assert values == {size: "51-200", colour: "green"}
    assert len(activecampaign_server.account.field_values) == 2

    with pytest.raises(InvalidInputError):
        ac.set_field_value(contact, "NO_SUCH_FIELD", "x")  # the look-up finds no perstag: nothing is sent
    with pytest.raises(UnprocessableEntityError):
        ac.request("POST", "/contact/sync", json={"contact": {"email": "b@example.com", "fieldValues": [
            {"field": "99", "value": "x"}]}})  # fmt: skip


def test_link_field_to_list_by_title_and_list_name(
    activecampaign_client: ActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    ac = activecampaign_client
    field_id = make_field(ac, "Company size")
    news = ac.find_or_create_list("News", sender_url=SENDER_URL, sender_reminder=SENDER_REMINDER)
    offers = ac.find_or_create_list("Offers", sender_url=SENDER_URL, sender_reminder=SENDER_REMINDER)
    rels = ac.link_field_to_list("Company size", ["News", offers])
    assert [(r.field, r.relid) for r in rels] == [(field_id, news.id), (field_id, offers.id)]
    assert [r.id for r in ac.link_field_to_list(field_id, "news")] == [rels[0].id], "reused, not made twice"
    assert ac.custom_fields.get_field(field_id).field.relations == [r.id for r in rels]
    with pytest.raises(NotFoundError):
        ac.custom_fields.get_field("99")


def test_deals_update_and_move(
    activecampaign_client: ActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    ac = activecampaign_client
    contact = ac.upsert_contact("ada@example.com")
    first = make_deal(ac, contact.id, group="1")  # a pipeline alone puts the deal in its first stage
    second = make_deal(ac, contact.id, stage="2")
    deals = activecampaign_server.account.deals
    assert (deals[first]["stage"], deals[second]["group"]) == ("1", "1")

    updated = ac.patch_deal(first, title="Renewal 2027", status=1)
    assert (updated.title, updated.value, updated.status) == ("Renewal 2027", 45600.0, 1)
    assert deals[first]["edate"] is not None and deals[first]["contact"] == contact.id

    moved = ac.move_deals(1, 2)
    assert [deal.id for deal in moved] == [first]
    assert [d.id for d in ac.deals.list_deals(filters_stage="2").deals] == [first, second]

    with activecampaign_server.account.lock:
        other_stage = activecampaign_server.account.add_pipeline("Partners", stages=("New",))["stages"][0]
    with pytest.raises(UnprocessableEntityError):
        ac.move_deals(2, other_stage)  # another pipeline's stage
    with pytest.raises(ValueError):
        ac.patch_deal(first, status=7)  # type: ignore[arg-type]  # refused before any request
    with pytest.raises(NotFoundError):
        ac.patch_deal("99", title="x")


def test_accounts_and_webhooks(
    activecampaign_client: ActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    ac = activecampaign_client
    acme = ac.find_or_create_account("Acme", account_url="https://acme.example")
    assert ac.find_or_create_account("ACME").id == acme.id
    assert list(activecampaign_server.account.accounts) == [acme.id]
    hook = ac.register_webhook("crm", "https://hooks.example.com/ac", ["subscribe", "deal_add"], ["public", "api"])
    (listed,) = ac.webhooks.list_webhooks().webhooks
    assert (listed.id, listed.events, listed.listid) == (hook.id, ["subscribe", "deal_add"], "0")
    with pytest.raises(UnprocessableEntityError):
        ac.register_webhook("bad", "https://hooks.example.com/ac", ["no_such_event"], ["api"])


def test_paging_defaults_and_limits(
    activecampaign_client: ActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    with activecampaign_server.account.lock:
        for n in range(130):
            activecampaign_server.account.add_tag(f"tag {n}")
    ac = activecampaign_client
    assert len(ac.tags.list_tags().tags) == 20
    widest = ac.tags.list_tags(limit=500, offset=10)
    assert len(widest.tags) == 100 and widest.tags[0].tag == "tag 10" and widest.meta.total == 130
    assert len(list(ac.paginate(ac.tags.list_tags))) == 130


def test_bulk_import_sets_field_values(
    activecampaign_client: ActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    ac = activecampaign_client
    size = int(make_field(ac, "Company size"))
    rows: list[ImportRow] = [
        {"email": f"p{n}@example.com", "fields": [{"id": size, "value": str(n)}]} for n in range(3)
    ]
    result = ac.bulk_import(rows, wait=True)
    assert len(result.succeeded) == 3
    stored = activecampaign_server.contact_by_email("p2@example.com")
    assert stored is not None
    assert [v["value"] for v in activecampaign_server.account.contact_field_values(stored["id"])] == ["2"]


def test_async_helpers(
    async_activecampaign_client: AsyncActiveCampaign, activecampaign_server: LocalActiveCampaign
) -> None:
    async def run() -> tuple[object, float | None]:
        ac = async_activecampaign_client
        await ac.request("POST", "/fields", json={"field": {"title": "Plan", "type": "text"}})
        contact = await ac.upsert_contact("ada@example.com", fields={"PLAN": "free"})
        value = await ac.set_field_value(contact, "PLAN", "pro")
        created = await ac.request("POST", "/deals", json={"deal": {"title": "Pro", "value": 100, "currency": "eur",
                                                                     "contact": contact.id, "stage": 1}})  # fmt: skip
        deal = await ac.patch_deal(created["deal"]["id"], value=200)
        return value.value, deal.value

    assert asyncio.run(run()) == ("pro", 200.0)
    (deal,) = activecampaign_server.account.deals.values()
    assert (deal["value"], deal["currency"], deal["title"]) == ("200", "eur", "Pro")
