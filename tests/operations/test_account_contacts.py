from __future__ import annotations

import pytest
from activecampaign_api.models import (
    AccountContactCreateRequest,
    AccountContactCreateRequestAccountContact,
    AccountContactEnvelope,
    AccountContactFields,
    AccountContactList,
    AccountContactUpdateRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createAccountContact")
def test_create_account_contact(ac: ActiveCampaign) -> None:
    body = AccountContactCreateRequest(
        account_contact=AccountContactCreateRequestAccountContact(contact=2, account=1, job_title="Product Manager")
    )
    saved = expect(call(ac, ac.account_contacts.create_account_contact, body=body), AccountContactEnvelope, 201)
    assert (saved.account_contact.id, saved.account_contact.account) == ("1", "2")


@pytest.mark.operation("listAccountContacts")
def test_list_contacts_of_account(ac: ActiveCampaign) -> None:
    response = call(ac, ac.account_contacts.list_account_contacts, filters_account="2")
    page = expect(response, AccountContactList, 200)
    assert [a.id for a in page.account_contacts] == ["17", "18", "19"]


@pytest.mark.operation("getAccountContact")
def test_get_account_contact(ac: ActiveCampaign) -> None:
    saved = expect(call(ac, ac.account_contacts.get_account_contact, "18"), AccountContactEnvelope, 200)
    assert (saved.account_contact.contact, saved.account_contact.job_title) == ("1", "Product Manager")


@pytest.mark.operation("getAccountContact", cassette="getAccountContact_not_found")
def test_get_missing_account_contact(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.account_contacts.get_account_contact, "100"), ErrorResponse, 404)
    assert error.message == "No Result found for CustomerAccountSubscriber with id 100"


@pytest.mark.operation("updateAccountContact")
def test_update_job_title(ac: ActiveCampaign) -> None:
    body = AccountContactUpdateRequest(account_contact=AccountContactFields(job_title="Product Manager"))
    saved = expect(call(ac, ac.account_contacts.update_account_contact, "19", body=body), AccountContactEnvelope, 200)
    assert saved.account_contact.job_title == "CEO"


@pytest.mark.operation("deleteAccountContact")
def test_delete_account_contact(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.account_contacts.delete_account_contact, "19"), 200)
