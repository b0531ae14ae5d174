from __future__ import annotations

import pytest
from activecampaign_api.models import (
    DealActivityList,
    DealBulkUpdateRequest,
    DealBulkUpdateResult,
    DealCreateRequest,
    DealCreateRequestDeal,
    DealDetail,
    DealEnvelope,
    DealFields,
    DealFieldValueInput,
    DealList,
    DealNoteEnvelope,
    DealNoteRequest,
    DealNoteRequestNote,
    DealOwnerChange,
    DealPageMeta,
    DealUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


def _custom_fields(currency: str, cents: int) -> list[DealFieldValueInput]:
    return [
        DealFieldValueInput(custom_field_id=1, field_value="First field value"),
        DealFieldValueInput(custom_field_id=2, field_value="2008-01-20"),
        DealFieldValueInput(custom_field_id=3, field_value=cents, field_currency=currency),
    ]


@pytest.mark.operation("createDeal")
def test_create_deal(ac: ActiveCampaign) -> None:
    body = DealCreateRequest(
        deal=DealCreateRequestDeal(
            contact="51",
            account="45",
            description="This deal is an important deal",
            currency="usd",
            group="1",
            owner="1",
            percent=None,
            stage="1",
            status=0,
            title="AC Deal",
            value=45600,
            fields=_custom_fields("EUR", 5500),
        )
    )
    saved = expect(call(ac, ac.deals.create_deal, body=body), DealEnvelope, 201)
    assert (saved.deal.id, saved.deal.value, saved.deal.contact) == ("51", 45600.0, "1")
    assert saved.deal.fields and saved.deal.fields[2].field_value == "5500"
    assert saved.contacts and saved.contacts[0].email == "johndoe@example.com"
    assert saved.deal_stages and saved.deal_stages[0].title == "To Contact"


@pytest.mark.operation("listDeals")
def test_list_deals_in_stage(ac: ActiveCampaign) -> None:
    response = call(ac, ac.deals.list_deals, filters_stage="2", orders_value="DESC")
    page = expect(response, DealList, 200)
    assert [d.id for d in page.deals] == ["46", "1", "2"]
    assert page.deals[0].value == 1872151.0 and page.deals[0].win_probability == 44
    assert page.deals[2].is_disabled is True
    assert isinstance(page.meta, DealPageMeta) and page.meta.total == 3
    assert isinstance(page.meta.currencies, dict)
    assert page.meta.currencies["USD"].value == 30000.0


@pytest.mark.operation("getDeal")
def test_get_deal(ac: ActiveCampaign) -> None:
    deal = expect(call(ac, ac.deals.get_deal, "46"), DealDetail, 200).deal
    assert (deal.id, deal.is_disabled, deal.account) == ("46", False, "20")


@pytest.mark.operation("getDeal", cassette="getDeal_without_permission")
def test_get_deal_without_pipeline_permission(ac: ActiveCampaign) -> None:
    deal = expect(call(ac, ac.deals.get_deal, "2"), DealDetail, 200).deal
    assert (deal.id, deal.is_disabled, deal.title) == ("2", True, "Demo Requested")


@pytest.mark.operation("updateDeal")
def test_update_deal(ac: ActiveCampaign) -> None:
    body = DealUpdateRequest(
        deal=DealFields(
            contact="51",
            account="45",
            description="This deal is an important deal",
            currency="usd",
            group="1",
            owner="1",
            percent=None,
            stage="1",
            status=0,
            title="AC Deal",
            value=45600,
            fields=_custom_fields("USD", 8800),
        )
    )
    saved = expect(call(ac, ac.deals.update_deal, "51", body=body), DealEnvelope, 200)
    assert saved.deal.fields and saved.deal.fields[2].field_currency == "USD"


@pytest.mark.operation("deleteDeal")
def test_delete_deal(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.deals.delete_deal, "46"), 200)


@pytest.mark.operation("createDealNote")
def test_create_deal_note(ac: ActiveCampaign) -> None:
    body = DealNoteRequest(note=DealNoteRequestNote(note="Note for the deal"))
    saved = expect(call(ac, ac.deals.create_deal_note, "1", body=body), DealNoteEnvelope, 201)
    assert (saved.note.id, saved.note.reltype, saved.note.relid) == ("2", "Deal", "1")
    assert saved.deals and saved.deals[0].id == "1"


@pytest.mark.operation("updateDealNote")
def test_update_deal_note(ac: ActiveCampaign) -> None:
    body = DealNoteRequest(note=DealNoteRequestNote(note="Update with more info"))
    saved = expect(call(ac, ac.deals.update_deal_note, "1", "2", body=body), DealNoteEnvelope, 200)
    assert saved.note.note == "Update with more info"


@pytest.mark.operation("bulkUpdateDeals")
def test_bulk_update_deal_owners(ac: ActiveCampaign) -> None:
    body = DealBulkUpdateRequest(deals=[DealOwnerChange(id=i, owner_id=1) for i in (1, 2, 3)])
    result = expect(call(ac, ac.deals.bulk_update_deals, body=body), DealBulkUpdateResult, 200)
    assert (result.success, result.nochange, result.failed) == (["1", "2"], ["3"], [])


@pytest.mark.operation("listDealActivities")
def test_list_deal_activities(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.deal_activities.list_deal_activities, deal="1361"), DealActivityList, 200)
    assert [a.data_type for a in page.deal_activities] == ["", "contact"]
    assert page.deal_activities[0].stage is None


@pytest.mark.operation("listDeals", cassette="listDeals_sideloaded")
def test_list_deals_with_side_loaded_contacts_and_stages(ac: ActiveCampaign) -> None:
    response = call(ac, ac.deals.list_deals, include=["contact", "stage"], filters_stage="2")
    page = expect(response, DealList, 200)
    assert [(d.contact, d.stage) for d in page.deals] == [("44", "2")]
    assert isinstance(page.contacts, list) and page.contacts[0].email == "buyer@example.com"
    assert isinstance(page.deal_stages, list) and page.deal_stages[0].title == "Negotiation"
    assert not page.users, "only the requested relations are side-loaded"
