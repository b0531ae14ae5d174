from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ContactAutomationCreated,
    ContactAutomationCreateRequest,
    ContactAutomationCreateRequestContactAutomation,
    ContactAutomationEnvelope,
    ContactAutomationList,
    ContactAutomationPageMeta,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("addContactToAutomation")
def test_add_contact_to_automation(ac: ActiveCampaign) -> None:
    body = ContactAutomationCreateRequest(
        contact_automation=ContactAutomationCreateRequestContactAutomation(contact="117", automation="42")
    )
    created = expect(
        call(ac, ac.contact_automations.add_contact_to_automation, body=body), ContactAutomationCreated, 201
    )
    assert created.contact_automation.id == "3"
    assert created.contact_automation.status == 1
    assert created.contacts and created.contacts[0].id == "64"


@pytest.mark.operation("listContactAutomations")
def test_list_contact_automations(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contact_automations.list_contact_automations), ContactAutomationList, 200)
    run = page.contact_automations[0]
    assert (run.id, run.seriesid, run.completed, run.complete_value) == ("1", "1", True, 100)
    assert isinstance(page.meta, ContactAutomationPageMeta) and page.meta.total == 1


@pytest.mark.operation("getContactAutomation")
def test_get_contact_automation(ac: ActiveCampaign) -> None:
    run = expect(call(ac, ac.contact_automations.get_contact_automation, "2"), ContactAutomationEnvelope, 200)
    assert run.contact_automation.contact == "110"
    assert run.contact_automation.batchid is None


@pytest.mark.operation("getContactAutomation", cassette="getContactAutomation_not_found")
def test_get_missing_contact_automation(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.contact_automations.get_contact_automation, "3"), ErrorResponse, 404)
    assert error.message == "No Result found for SubscriberSeries with id 3"


@pytest.mark.operation("removeContactFromAutomation")
def test_remove_contact_from_automation(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.contact_automations.remove_contact_from_automation, "3"), 200)


@pytest.mark.operation("listContactAutomations", cassette="listContactAutomations_filtered")
def test_list_active_runs_of_one_automation_with_the_automation(ac: ActiveCampaign) -> None:
    response = call(
        ac,
        ac.contact_automations.list_contact_automations,
        filters_seriesid="2",
        filters_status="1",
        orders_adddate="DESC",
        include=["automation"],
    )
    page = expect(response, ContactAutomationList, 200)
    assert [(run.contact, run.lastblock) for run in page.contact_automations] == [("1", "14")]
    assert isinstance(page.automations, list) and page.automations[0].name == "Welcome series"
