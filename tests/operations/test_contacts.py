from __future__ import annotations

import datetime

import pytest
from activecampaign_api.models import (
    ContactCreateFields,
    ContactCreateRequest,
    ContactDetail,
    ContactEnvelope,
    ContactFields,
    ContactList,
    ContactListEnvelope,
    ContactListStatusRequest,
    ContactListStatusRequestContactList,
    ContactSyncFields,
    ContactSyncRequest,
    ContactUpdateRequest,
    ErrorResponse,
    FieldValueInput,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map

FIELD_VALUES = [
    FieldValueInput(field="1", value="The Value for First Field"),
    FieldValueInput(field="6", value="2008-01-20"),
]


def _new_contact() -> ContactCreateRequest:
    return ContactCreateRequest(
        contact=ContactCreateFields(
            email="johndoe@example.com",
            first_name="John",
            last_name="Doe",
            phone="7223224241",
            field_values=FIELD_VALUES,
        )
    )


@pytest.mark.operation("createContact")
def test_create_contact(ac: ActiveCampaign) -> None:
    saved = expect(call(ac, ac.contacts.create_contact, body=_new_contact()), ContactEnvelope, 201)
    assert saved.contact.id == "113"
    assert saved.contact.organization == ""
    assert saved.field_values and [v.value for v in saved.field_values] == ["The Value for First Field", "2008-01-20"]


@pytest.mark.operation("createContact", cassette="createContact_duplicate")
def test_create_contact_with_existing_email(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.contacts.create_contact, body=_new_contact()), ErrorResponse, 422)
    assert error.errors and error.errors[0].code == "duplicate"
    assert error.errors[0].source and error.errors[0].source.pointer == "/data/attributes/email"


@pytest.mark.operation("listContacts")
def test_list_contacts_with_bracketed_filters(ac: ActiveCampaign) -> None:
    response = call(
        ac,
        ac.contacts.list_contacts,
        limit=20,
        offset=0,
        filters_created_after=datetime.date(2018, 8, 1),
        orders_cdate="DESC",
        status=-1,
    )
    page = expect(response, ContactList, 200)
    assert page.meta.total == 6
    first = page.contacts[0]
    assert (first.id, first.email, first.organization) == ("5", "adam@activecampaign.com", None)
    # The API's "never" date (the MySQL zero date) is no date: None, by the wire-tolerance policy.
    assert first.bounced_date is None


@pytest.mark.operation("getContact")
def test_get_contact(ac: ActiveCampaign) -> None:
    detail = expect(call(ac, ac.contacts.get_contact, "1"), ContactDetail, 200)
    assert detail.contact.email == "selmer.koss@example.com"
    assert detail.contact.udate is None
    assert detail.contact_lists and detail.contact_lists[0].status == 1
    assert detail.contact_automations and detail.contact_automations[0].completed is False


@pytest.mark.operation("getContact", cassette="getContact_not_found")
def test_get_missing_contact(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.contacts.get_contact, "1"), ErrorResponse, 404)
    assert error.message == "No Result found for Subscriber with id 1"


@pytest.mark.operation("updateContact")
def test_update_contact(ac: ActiveCampaign) -> None:
    body = ContactUpdateRequest(
        contact=ContactFields(
            email="johndoe@example.com", first_name="John", last_name="Doe", field_values=FIELD_VALUES
        )
    )
    saved = expect(call(ac, ac.contacts.update_contact, "113", body=body), ContactEnvelope, 200)
    assert saved.contact.first_name == "John"
    assert isinstance(saved.contact.udate, datetime.datetime)


@pytest.mark.operation("deleteContact")
def test_delete_contact(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.contacts.delete_contact, "1"), 200)


@pytest.mark.operation("syncContact")
def test_sync_contact(ac: ActiveCampaign) -> None:
    body = ContactSyncRequest(
        contact=ContactSyncFields(
            email="jondoe@example.com",
            first_name="John",
            last_name="Doe",
            phone="7223224241",
            field_values=FIELD_VALUES,
        )
    )
    saved = expect(call(ac, ac.contacts.sync_contact, body=body), ContactEnvelope, 201)
    assert saved.contact.id == "10"
    assert saved.contact.field_values == ["14", "15"]
    assert saved.contact.email_empty is False


@pytest.mark.operation("updateContactListStatus")
def test_subscribe_contact_to_list(ac: ActiveCampaign) -> None:
    body = ContactListStatusRequest(contact_list=ContactListStatusRequestContactList(list_=2, contact=1, status=1))
    saved = expect(call(ac, ac.contacts.update_contact_list_status, body=body), ContactListEnvelope, 200)
    # This endpoint answers the status as a number where every other one sends a string.
    assert saved.contact_list.status == 1
    assert saved.contacts and saved.contacts[0].id == "1"


@pytest.mark.operation("listContacts", cassette="listContacts_sideloaded")
def test_list_contacts_with_side_loaded_lists_and_organization(ac: ActiveCampaign) -> None:
    response = call(ac, ac.contacts.list_contacts, limit=20, include=["contactLists.list", "organization"])
    page = expect(response, ContactList, 200)
    [contact] = page.contacts
    assert (contact.contact_lists, contact.organization) == (["3", "6"], "7")
    assert isinstance(page.contact_lists, list) and [m.list_ for m in page.contact_lists] == ["5", "10"]
    assert isinstance(page.lists, list) and [entry.name for entry in page.lists] == [
        "Monthly Newsletter",
        "Daily Deals",
    ]
    assert isinstance(page.organization, list) and page.organization[0].name == "ActiveCampaign"


@pytest.mark.operation("syncContact", cassette="syncContact_restore")
def test_sync_contact_restores_a_deleted_contact(ac: ActiveCampaign) -> None:
    body = ContactSyncRequest(contact=ContactSyncFields(email="jondoe@example.com", deleted=0))
    saved = expect(call(ac, ac.contacts.sync_contact, body=body), ContactEnvelope, 200)
    assert (saved.contact.id, saved.contact.deleted) == ("113", False)
