from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ContactViewAccountContacts,
    ContactViewAutomationEntryCounts,
    ContactViewAutomations,
    ContactViewBounceLogs,
    ContactViewContactDeals,
    ContactViewContactEnvelope,
    ContactViewDataEnvelope,
    ContactViewDeals,
    ContactViewFieldValues,
    ContactViewGeoAddressEnvelope,
    ContactViewGeoIps,
    ContactViewGoals,
    ContactViewListMemberships,
    ContactViewLogs,
    ContactViewNotes,
    ContactViewOrganizationEnvelope,
    ContactViewPlusAppendEnvelope,
    ContactViewScoreValues,
    ContactViewTrackingLogs,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listContactAccountContacts")
def test_list_contact_account_contacts(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_account_contacts, "5"), ContactViewAccountContacts, 200)
    assert (page.account_contacts[0].account, page.account_contacts[0].job_title) == ("9", "")


@pytest.mark.operation("listContactAutomationEntryCounts")
def test_list_contact_automation_entry_counts(ac: ActiveCampaign) -> None:
    page = expect(
        call(ac, ac.contacts.list_contact_automation_entry_counts, "5"), ContactViewAutomationEntryCounts, 200
    )
    assert [c.contact_entry_count for c in page.automation_entry_counts] == [1, 2, 1]


@pytest.mark.operation("listContactBounceLogs")
def test_list_contact_bounce_logs(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_bounce_logs, "5"), ContactViewBounceLogs, 200)
    assert (page.bounce_logs[0].code, page.bounce_logs[0].created_by) == ("48", None)


@pytest.mark.operation("listContactBounceLogs", cassette="listContactBounceLogs_not_found")
def test_list_bounce_logs_of_missing_contact(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.contacts.list_contact_bounce_logs, "100"), ErrorResponse, 404)
    assert error.message == "No Result found for Subscriber with id 100"


@pytest.mark.operation("listContactContactAutomations")
def test_list_contact_automations(ac: ActiveCampaign) -> None:
    run = expect(call(ac, ac.contacts.list_contact_contact_automations, "5"), ContactViewAutomations, 200)
    first = run.contact_automations[0]
    assert (first.automation, first.completed_elements, first.complete_value) == ("2", 0, 100)


@pytest.mark.operation("getContactData")
def test_get_contact_data(ac: ActiveCampaign) -> None:
    datum = expect(call(ac, ac.contacts.get_contact_data, "5"), ContactViewDataEnvelope, 200).contact_datum
    assert (datum.id, datum.geo_tstamp, datum.links) == ("12", None, [])


@pytest.mark.operation("listContactDealRoles")
def test_list_contact_deal_roles(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_deal_roles, "5"), ContactViewContactDeals, 200)
    assert (page.contact_deals[0].deal, page.contact_deals[0].role) == ("4228", None)
    assert page.deals and page.deals[0].is_disabled is False
    assert page.contacts and page.contacts[0].mpp_tracking is False


@pytest.mark.operation("listContactGoals")
def test_list_contact_goals(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_goals, "5"), ContactViewGoals, 200)
    assert page.contact_goals[0].contact_automation == "83"


@pytest.mark.operation("listContactListMemberships")
def test_list_contact_list_memberships(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_list_memberships, "5"), ContactViewListMemberships, 200)
    membership = page.contact_lists[0]
    assert (membership.list_, membership.status, membership.created_by) == ("1", 3, None)


@pytest.mark.operation("listContactLogs")
def test_list_contact_logs(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_logs, "5"), ContactViewLogs, 200)
    assert page.contact_logs == []


@pytest.mark.operation("listContactDeals")
def test_list_contact_deals(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_deals, "5"), ContactViewDeals, 200)
    deal = page.deals[0]
    assert (deal.id, deal.value, deal.nexttaskid) == ("3057", 494227.0, None)


@pytest.mark.operation("listContactFieldValues")
def test_list_contact_field_values(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_field_values, "5"), ContactViewFieldValues, 200)
    assert [v.value for v in page.field_values][:2] == ["United States", "Software"]


@pytest.mark.operation("listContactGeoIps")
def test_list_contact_geo_ips(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_geo_ips, "5"), ContactViewGeoIps, 200)
    assert page.geo_ips[0].geo_address == "2"


@pytest.mark.operation("listContactNotes")
def test_list_contact_notes(ac: ActiveCampaign) -> None:
    note = expect(call(ac, ac.contacts.list_contact_notes, "5"), ContactViewNotes, 200).notes[0]
    assert note.owner and (note.owner.type_, note.owner.id) == ("contact", "7")


@pytest.mark.operation("getContactOrganization")
def test_get_contact_organization(ac: ActiveCampaign) -> None:
    org = expect(call(ac, ac.contacts.get_contact_organization, "5"), ContactViewOrganizationEnvelope, 200).organization
    assert (org.id, org.name) == ("9", "M Corp")


@pytest.mark.operation("getContactPlusAppend")
def test_get_contact_plus_append(ac: ActiveCampaign) -> None:
    plus = expect(call(ac, ac.contacts.get_contact_plus_append, "5"), ContactViewPlusAppendEnvelope, 200)
    assert plus.plus_append.last_updated_rapleaf is None


@pytest.mark.operation("listContactScoreValues")
def test_list_contact_score_values(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_score_values, "5"), ContactViewScoreValues, 200)
    assert (page.score_values[0].score_value, page.score_values[0].deal) == (0, None)


@pytest.mark.operation("listContactTrackingLogs")
def test_list_contact_tracking_logs(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_tracking_logs, "112"), ContactViewTrackingLogs, 200)
    assert [e.type_ for e in page.tracking_logs] == ["Another event", "Yet Another Event"]


@pytest.mark.operation("listContactTrackingLogs", cassette="listContactTrackingLogs_empty")
def test_list_contact_tracking_logs_empty(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_tracking_logs, "5"), ContactViewTrackingLogs, 200)
    assert page.tracking_logs == []


@pytest.mark.operation("getGeoIpAddress")
def test_get_geo_ip_address(ac: ActiveCampaign) -> None:
    address = expect(call(ac, ac.contacts.get_geo_ip_address, "4"), ContactViewGeoAddressEnvelope, 200)
    assert (address.geo_address.city, address.geo_address.links) == ("New York", [])


@pytest.mark.operation("getTrackingLogContact")
def test_get_tracking_log_contact(ac: ActiveCampaign) -> None:
    contact = expect(call(ac, ac.contacts.get_tracking_log_contact, "12"), ContactViewContactEnvelope, 200)
    assert (contact.contact.id, contact.contact.created_by) == ("112", "0")
