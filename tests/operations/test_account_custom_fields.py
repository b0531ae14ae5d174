from __future__ import annotations

import pytest
from activecampaign_api.models import (
    AccountCustomFieldCreateRequest,
    AccountCustomFieldCreateRequestAccountCustomFieldMetum,
    AccountCustomFieldEnvelope,
    AccountCustomFieldFields,
    AccountCustomFieldList,
    AccountCustomFieldMessage,
    AccountCustomFieldUpdateRequest,
    AccountCustomFieldValueChange,
    AccountCustomFieldValueCreateRequest,
    AccountCustomFieldValueEnvelope,
    AccountCustomFieldValueFields,
    AccountCustomFieldValueList,
    AccountCustomFieldValueNew,
    AccountCustomFieldValueUpdateRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect

OPTIONS = ["option 1", "option 3", "option 4"]


@pytest.mark.operation("createAccountCustomField")
def test_create_account_custom_field(ac: ActiveCampaign) -> None:
    body = AccountCustomFieldCreateRequest(
        account_custom_field_metum=AccountCustomFieldCreateRequestAccountCustomFieldMetum(
            field_label="sample text field2",
            field_type="text",
            field_default="Default Text",
            is_form_visible=1,
            display_order=1,
        )
    )
    field = expect(
        call(ac, ac.account_custom_fields.create_account_custom_field, body=body), AccountCustomFieldEnvelope, 200
    )
    assert (field.account_custom_field_metum.id, field.account_custom_field_metum.field_options) == ("1", None)


@pytest.mark.operation("listAccountCustomFields")
def test_list_account_custom_fields(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.account_custom_fields.list_account_custom_fields, limit=100), AccountCustomFieldList, 200)
    fields = page.account_custom_field_meta
    assert [f.field_type for f in fields] == ["text", "multiselect"]
    assert fields[1].field_options == ["Option 1", "Option 2", "Option 3"] and fields[1].field_default == 1.0


@pytest.mark.operation("getAccountCustomField")
def test_get_account_custom_field(ac: ActiveCampaign) -> None:
    field = expect(call(ac, ac.account_custom_fields.get_account_custom_field, "1"), AccountCustomFieldEnvelope, 200)
    assert field.account_custom_field_metum.field_label == "New Title"


@pytest.mark.operation("getAccountCustomField", cassette="getAccountCustomField_not_found")
def test_get_missing_account_custom_field(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.account_custom_fields.get_account_custom_field, "99"), ErrorResponse, 404)
    assert error.errors and error.errors[0].status == 404


@pytest.mark.operation("updateAccountCustomField")
def test_update_account_custom_field(ac: ActiveCampaign) -> None:
    body = AccountCustomFieldUpdateRequest(
        account_custom_field_metum=AccountCustomFieldFields(
            field_label="New Title", field_default="Default Text", is_form_visible=1, display_order=1
        )
    )
    field = expect(
        call(ac, ac.account_custom_fields.update_account_custom_field, "1", body=body), AccountCustomFieldEnvelope, 200
    )
    assert field.account_custom_field_metum.field_label == "New Title"


@pytest.mark.operation("deleteAccountCustomField")
def test_delete_account_custom_field(ac: ActiveCampaign) -> None:
    done = expect(call(ac, ac.account_custom_fields.delete_account_custom_field, "1"), AccountCustomFieldMessage, 200)
    assert done.message == "AccountCustomFieldMeta deleted."


@pytest.mark.operation("createAccountCustomFieldValue")
def test_create_account_custom_field_value(ac: ActiveCampaign) -> None:
    body = AccountCustomFieldValueCreateRequest(
        account_custom_field_datum=AccountCustomFieldValueNew(
            account_id="2", custom_field_id="1", field_value="test title"
        )
    )
    saved = expect(
        call(ac, ac.account_custom_fields.create_account_custom_field_value, body=body),
        AccountCustomFieldValueEnvelope,
        200,
    )
    assert (saved.account_custom_field_datum.id, saved.account_custom_field_datum.account_id) == ("5", "2")


@pytest.mark.operation("listAccountCustomFieldValues")
def test_list_account_custom_field_values(ac: ActiveCampaign) -> None:
    response = call(ac, ac.account_custom_fields.list_account_custom_field_values, filters_customer_account_id="2")
    page = expect(response, AccountCustomFieldValueList, 200)
    assert [v.id for v in page.account_custom_field_data] == ["3", "4", "5", "1"]


@pytest.mark.operation("bulkCreateAccountCustomFieldValues")
def test_bulk_create_account_custom_field_values(ac: ActiveCampaign) -> None:
    body = [
        AccountCustomFieldValueNew(account_id="1", custom_field_id="1", field_value="test title"),
        AccountCustomFieldValueNew(account_id="1", custom_field_id="2", field_value="test title"),
        AccountCustomFieldValueNew(account_id="1", custom_field_id="3", field_value=OPTIONS),
        AccountCustomFieldValueNew(account_id="1", custom_field_id="4", field_value=9999, field_currency="cad"),
        AccountCustomFieldValueNew(account_id="1", custom_field_id="5", field_value="100.99"),
        AccountCustomFieldValueNew(account_id="1", custom_field_id="6", field_value="2018-12-31"),
        AccountCustomFieldValueNew(account_id="1", custom_field_id="7", field_value="2020-05-19T02:45:00-05:00"),
    ]
    done = expect(
        call(ac, ac.account_custom_fields.bulk_create_account_custom_field_values, body=body),
        AccountCustomFieldMessage,
        200,
    )
    assert done.message == "the bulk insert was successful"


@pytest.mark.operation("bulkUpdateAccountCustomFieldValues")
def test_bulk_update_account_custom_field_values(ac: ActiveCampaign) -> None:
    body = [
        AccountCustomFieldValueChange(id="1", field_value="test title"),
        AccountCustomFieldValueChange(id="2", field_value=OPTIONS),
        AccountCustomFieldValueChange(id="3", field_value=9999, field_currency="cad"),
        AccountCustomFieldValueChange(id="4", field_value="100.99"),
        AccountCustomFieldValueChange(id="5", field_value="2018-12-31"),
        AccountCustomFieldValueChange(id="6", field_value="2020-05-19T02:45:00-05:00"),
    ]
    done = expect(
        call(ac, ac.account_custom_fields.bulk_update_account_custom_field_values, body=body),
        AccountCustomFieldMessage,
        200,
    )
    assert isinstance(done.message, str) and done.message.endswith("successfully bulk updated.")


@pytest.mark.operation("getAccountCustomFieldValue")
def test_get_account_custom_field_value(ac: ActiveCampaign) -> None:
    saved = expect(
        call(ac, ac.account_custom_fields.get_account_custom_field_value, "1"), AccountCustomFieldValueEnvelope, 200
    )
    assert saved.account_custom_field_datum.field_value == "New title"


@pytest.mark.operation("updateAccountCustomFieldValue")
def test_update_account_custom_field_value(ac: ActiveCampaign) -> None:
    body = AccountCustomFieldValueUpdateRequest(
        account_custom_field_datum=AccountCustomFieldValueFields(field_value="New title")
    )
    response = call(ac, ac.account_custom_fields.update_account_custom_field_value, "1", body=body)
    saved = expect(response, AccountCustomFieldValueEnvelope, 200)
    assert saved.account_custom_field_datum.custom_field_id == "5"


@pytest.mark.operation("deleteAccountCustomFieldValue")
def test_delete_account_custom_field_value(ac: ActiveCampaign) -> None:
    done = expect(
        call(ac, ac.account_custom_fields.delete_account_custom_field_value, "1"), AccountCustomFieldMessage, 200
    )
    assert done.message == "AccountCustomFieldData deleted."
