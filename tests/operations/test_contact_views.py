from __future__ import annotations

import pytest
from activecampaign_api.api.contacts import (
    get_contact_data,
    get_contact_organization,
    get_contact_plus_append,
    get_geo_ip_address,
    get_tracking_log_contact,
    list_contact_account_contacts,
    list_contact_automation_entry_counts,
    list_contact_bounce_logs,
    list_contact_contact_automations,
    list_contact_deal_roles,
    list_contact_deals,
    list_contact_field_values,
    list_contact_geo_ips,
    list_contact_goals,
    list_contact_list_memberships,
    list_contact_logs,
    list_contact_notes,
    list_contact_score_values,
    list_contact_tracking_logs,
)
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

from ..replay import expect


@pytest.mark.operation("listContactAccountContacts")
def test_list_contact_account_contacts(ac: ActiveCampaign) -> None:
    page = expect(list_contact_account_contacts.sync_detailed("5", client=ac.api), ContactViewAccountContacts, 200)
    assert (page.account_contacts[0].account, page.account_contacts[0].job_title) == ("9", "")


@pytest.mark.operation("listContactAutomationEntryCounts")
def test_list_contact_automation_entry_counts(ac: ActiveCampaign) -> None:
    page = expect(
        list_contact_automation_entry_counts.sync_detailed("5", client=ac.api), ContactViewAutomationEntryCounts, 200
    )
    assert [c.contact_entry_count for c in page.automation_entry_counts] == ["1", "2", "1"]


@pytest.mark.operation("listContactBounceLogs")
def test_list_contact_bounce_logs(ac: ActiveCampaign) -> None:
    page = expect(list_contact_bounce_logs.sync_detailed("5", client=ac.api), ContactViewBounceLogs, 200)
    assert (page.bounce_logs[0].code, page.bounce_logs[0].created_by) == ("48", None)


@pytest.mark.operation("listContactBounceLogs", cassette="listContactBounceLogs_not_found")
def test_list_bounce_logs_of_missing_contact(ac: ActiveCampaign) -> None:
    error = expect(list_contact_bounce_logs.sync_detailed("100", client=ac.api), ErrorResponse, 404)
    assert error.message == "No Result found for Subscriber with id 100"


@pytest.mark.operation("listContactContactAutomations")
def test_list_contact_automations(ac: ActiveCampaign) -> None:
    run = expect(list_contact_contact_automations.sync_detailed("5", client=ac.api), ContactViewAutomations, 200)
    first = run.contact_automations[0]
    assert (first.automation, first.completed_elements, first.complete_value) == ("2", 0, 100)


@pytest.mark.operation("getContactData")
def test_get_contact_data(ac: ActiveCampaign) -> None:
    datum = expect(get_contact_data.sync_detailed("5", client=ac.api), ContactViewDataEnvelope, 200).contact_datum
    assert (datum.id, datum.geo_tstamp, datum.links) == ("12", None, [])


@pytest.mark.operation("listContactDealRoles")
def test_list_contact_deal_roles(ac: ActiveCampaign) -> None:
    page = expect(list_contact_deal_roles.sync_detailed("5", client=ac.api), ContactViewContactDeals, 200)
    assert (page.contact_deals[0].deal, page.contact_deals[0].role) == ("4228", None)
    assert page.deals and page.deals[0].is_disabled is False
    assert page.contacts and page.contacts[0].mpp_tracking == "0"


@pytest.mark.operation("listContactGoals")
def test_list_contact_goals(ac: ActiveCampaign) -> None:
    page = expect(list_contact_goals.sync_detailed("5", client=ac.api), ContactViewGoals, 200)
    assert page.contact_goals[0].contact_automation == "83"


@pytest.mark.operation("listContactListMemberships")
def test_list_contact_list_memberships(ac: ActiveCampaign) -> None:
    page = expect(list_contact_list_memberships.sync_detailed("5", client=ac.api), ContactViewListMemberships, 200)
    membership = page.contact_lists[0]
    assert (membership.list_, membership.status, membership.created_by) == ("1", "3", None)


@pytest.mark.operation("listContactLogs")
def test_list_contact_logs(ac: ActiveCampaign) -> None:
    page = expect(list_contact_logs.sync_detailed("5", client=ac.api), ContactViewLogs, 200)
    assert page.contact_logs == []


@pytest.mark.operation("listContactDeals")
def test_list_contact_deals(ac: ActiveCampaign) -> None:
    page = expect(list_contact_deals.sync_detailed("5", client=ac.api), ContactViewDeals, 200)
    deal = page.deals[0]
    assert (deal.id, deal.value, deal.nexttaskid) == ("3057", "494227", None)


@pytest.mark.operation("listContactFieldValues")
def test_list_contact_field_values(ac: ActiveCampaign) -> None:
    page = expect(list_contact_field_values.sync_detailed("5", client=ac.api), ContactViewFieldValues, 200)
    assert [v.value for v in page.field_values][:2] == ["United States", "Software"]


@pytest.mark.operation("listContactGeoIps")
def test_list_contact_geo_ips(ac: ActiveCampaign) -> None:
    page = expect(list_contact_geo_ips.sync_detailed("5", client=ac.api), ContactViewGeoIps, 200)
    assert page.geo_ips[0].geo_address == "2"


@pytest.mark.operation("listContactNotes")
def test_list_contact_notes(ac: ActiveCampaign) -> None:
    note = expect(list_contact_notes.sync_detailed("5", client=ac.api), ContactViewNotes, 200).notes[0]
    assert note.owner and (note.owner.type_, note.owner.id) == ("contact", "7")


@pytest.mark.operation("getContactOrganization")
def test_get_contact_organization(ac: ActiveCampaign) -> None:
    org = expect(
        get_contact_organization.sync_detailed("5", client=ac.api), ContactViewOrganizationEnvelope, 200
    ).organization
    assert (org.id, org.name) == ("9", "M Corp")


@pytest.mark.operation("getContactPlusAppend")
def test_get_contact_plus_append(ac: ActiveCampaign) -> None:
    plus = expect(get_contact_plus_append.sync_detailed("5", client=ac.api), ContactViewPlusAppendEnvelope, 200)
    assert plus.plus_append.last_updated_rapleaf is None


@pytest.mark.operation("listContactScoreValues")
def test_list_contact_score_values(ac: ActiveCampaign) -> None:
    page = expect(list_contact_score_values.sync_detailed("5", client=ac.api), ContactViewScoreValues, 200)
    assert (page.score_values[0].score_value, page.score_values[0].deal) == ("0", None)


@pytest.mark.operation("listContactTrackingLogs")
def test_list_contact_tracking_logs(ac: ActiveCampaign) -> None:
    page = expect(list_contact_tracking_logs.sync_detailed("112", client=ac.api), ContactViewTrackingLogs, 200)
    assert [e.type_ for e in page.tracking_logs] == ["Another event", "Yet Another Event"]


@pytest.mark.operation("listContactTrackingLogs", cassette="listContactTrackingLogs_empty")
def test_list_contact_tracking_logs_empty(ac: ActiveCampaign) -> None:
    page = expect(list_contact_tracking_logs.sync_detailed("5", client=ac.api), ContactViewTrackingLogs, 200)
    assert page.tracking_logs == []


@pytest.mark.operation("getGeoIpAddress")
def test_get_geo_ip_address(ac: ActiveCampaign) -> None:
    address = expect(get_geo_ip_address.sync_detailed("4", client=ac.api), ContactViewGeoAddressEnvelope, 200)
    assert (address.geo_address.city, address.geo_address.links) == ("New York", [])


@pytest.mark.operation("getTrackingLogContact")
def test_get_tracking_log_contact(ac: ActiveCampaign) -> None:
    contact = expect(get_tracking_log_contact.sync_detailed("12", client=ac.api), ContactViewContactEnvelope, 200)
    assert (contact.contact.id, contact.contact.created_by) == ("112", "0")
