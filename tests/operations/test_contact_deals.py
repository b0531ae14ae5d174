from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    SecondaryContactCreateRequest,
    SecondaryContactCreateRequestContactDeal,
    SecondaryContactEnvelope,
    SecondaryContactFields,
    SecondaryContactList,
    SecondaryContactUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


def _create_body() -> SecondaryContactCreateRequest:
    return SecondaryContactCreateRequest(contact_deal=SecondaryContactCreateRequestContactDeal(contact=1, deal=2))


@pytest.mark.operation("createSecondaryContact")
def test_create_secondary_contact(ac: ActiveCampaign) -> None:
    saved = expect(
        call(ac, ac.secondary_contacts.create_secondary_contact, body=_create_body()), SecondaryContactEnvelope, 200
    )
    assert (saved.contact_deal.id, saved.contact_deal.deal) == ("3", "2")
    assert saved.deals and saved.deals[0].win_probability is None


@pytest.mark.operation("createSecondaryContact", cassette="createSecondaryContact_already_added")
def test_create_secondary_contact_twice(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.secondary_contacts.create_secondary_contact, body=_create_body()), ErrorResponse, 422)
    assert error.errors and error.errors[0].code == "field_invalid"


@pytest.mark.operation("listSecondaryContacts")
def test_list_secondary_contacts(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.secondary_contacts.list_secondary_contacts), SecondaryContactList, 200)
    assert [(c.deal, c.contact) for c in page.contact_deals] == [("2", "1")]


@pytest.mark.operation("getSecondaryContact")
def test_get_secondary_contact(ac: ActiveCampaign) -> None:
    saved = expect(call(ac, ac.secondary_contacts.get_secondary_contact, "1"), SecondaryContactEnvelope, 200)
    assert saved.contact_deal.contact == "1"


@pytest.mark.operation("getSecondaryContact", cassette="getSecondaryContact_not_found")
def test_get_missing_secondary_contact(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.secondary_contacts.get_secondary_contact, "100"), ErrorResponse, 404)
    assert error.message == "No Result found for SubscriberDeal with id 100"


@pytest.mark.operation("updateSecondaryContact")
def test_give_secondary_contact_a_role(ac: ActiveCampaign) -> None:
    body = SecondaryContactUpdateRequest(contact_deal=SecondaryContactFields(contact=4, deal=1, role=1))
    saved = expect(
        call(ac, ac.secondary_contacts.update_secondary_contact, "1", body=body), SecondaryContactEnvelope, 200
    )
    assert (saved.contact_deal.contact, saved.contact_deal.role) == ("4", "1")


@pytest.mark.operation("deleteSecondaryContact")
def test_delete_secondary_contact(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.secondary_contacts.delete_secondary_contact, "1"), 200)
