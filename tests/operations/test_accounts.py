from __future__ import annotations

import pytest
from activecampaign_api.models import (
    AccountBulkDeleteResult,
    AccountBulkDeleteResultMeta,
    AccountCreateRequest,
    AccountCreateRequestAccount,
    AccountEnvelope,
    AccountFields,
    AccountFieldValueInput,
    AccountList,
    AccountNoteEnvelope,
    AccountNoteRequest,
    AccountNoteRequestNote,
    AccountUpdateRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


def _custom_fields() -> list[AccountFieldValueInput]:
    return [
        AccountFieldValueInput(custom_field_id=9, field_value="500-1000"),
        AccountFieldValueInput(custom_field_id=20, field_value=1234, field_currency="GBP"),
    ]


@pytest.mark.operation("createAccount")
def test_create_account(ac: ActiveCampaign) -> None:
    body = AccountCreateRequest(
        account=AccountCreateRequestAccount(
            name="Example Account", account_url="https://www.example.com", owner=1, fields=_custom_fields()
        )
    )
    account = expect(call(ac, ac.accounts.create_account, body=body), AccountEnvelope, 201).account
    assert (account.id, account.links) == ("1", [])
    assert account.fields and account.fields[1].field_value == "1234"


@pytest.mark.operation("createAccount", cassette="createAccount_duplicate")
def test_create_account_with_taken_name(ac: ActiveCampaign) -> None:
    body = AccountCreateRequest(account=AccountCreateRequestAccount(name="Example Account"))
    error = expect(call(ac, ac.accounts.create_account, body=body), ErrorResponse, 422)
    assert error.errors and error.errors[0].code == "duplicate"


@pytest.mark.operation("listAccounts")
def test_list_accounts_with_counts(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.accounts.list_accounts, search="Example", count_deals=True), AccountList, 200)
    assert [(a.id, a.contact_count, a.deal_count) for a in page.accounts] == [("1", 1, 3), ("2", 2, 5)]
    assert page.accounts[0].account_url is None


@pytest.mark.operation("getAccount")
def test_get_account(ac: ActiveCampaign) -> None:
    account = expect(call(ac, ac.accounts.get_account, "1"), AccountEnvelope, 200).account
    assert account.name == "Example Account"


@pytest.mark.operation("updateAccount")
def test_update_account(ac: ActiveCampaign) -> None:
    body = AccountUpdateRequest(
        account=AccountFields(name="Exmaple Account", account_url="https://www.example.com", fields=_custom_fields())
    )
    account = expect(call(ac, ac.accounts.update_account, "1", body=body), AccountEnvelope, 200).account
    assert account.fields and account.fields[0].field_value == "501 - 1000"


@pytest.mark.operation("deleteAccount")
def test_delete_account(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.accounts.delete_account, "1"), 200)


@pytest.mark.operation("bulkDeleteAccounts")
def test_bulk_delete_accounts(ac: ActiveCampaign) -> None:
    result = expect(call(ac, ac.accounts.bulk_delete_accounts, ids=[1, 2]), AccountBulkDeleteResult, 200)
    assert isinstance(result.meta, AccountBulkDeleteResultMeta) and result.meta.success is True


@pytest.mark.operation("createAccountNote")
def test_create_account_note(ac: ActiveCampaign) -> None:
    body = AccountNoteRequest(note=AccountNoteRequestNote(note="Note for the account"))
    saved = expect(call(ac, ac.accounts.create_account_note, "1", body=body), AccountNoteEnvelope, 201)
    assert (saved.note.id, saved.note.reltype) == ("2", "CustomerAccount")


@pytest.mark.operation("updateAccountNote")
def test_update_account_note(ac: ActiveCampaign) -> None:
    body = AccountNoteRequest(note=AccountNoteRequestNote(note="Update with more info"))
    saved = expect(call(ac, ac.accounts.update_account_note, "1", "2", body=body), AccountNoteEnvelope, 200)
    assert saved.note.note == "Update with more info"
    assert saved.accounts and saved.accounts[0].name == "Example Account"
