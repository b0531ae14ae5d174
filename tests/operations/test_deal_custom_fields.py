from __future__ import annotations

import pytest
from activecampaign_api.models import (
    DealCustomFieldCreateRequest,
    DealCustomFieldCreateRequestDealCustomFieldMetum,
    DealCustomFieldEnvelope,
    DealCustomFieldFields,
    DealCustomFieldList,
    DealCustomFieldMessage,
    DealCustomFieldUpdateEnvelope,
    DealCustomFieldValueChange,
    DealCustomFieldValueCreateRequest,
    DealCustomFieldValueEnvelope,
    DealCustomFieldValueFields,
    DealCustomFieldValueList,
    DealCustomFieldValueNew,
    DealCustomFieldValueUpdateRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect

OPTIONS = ["option 1", "option 3", "option 4"]


@pytest.mark.operation("createDealCustomField")
def test_create_deal_custom_field(ac: ActiveCampaign) -> None:
    body = DealCustomFieldCreateRequest(
        deal_custom_field_metum=DealCustomFieldCreateRequestDealCustomFieldMetum(
            field_label="sample text field2",
            field_type="text",
            field_default="Default Text",
            is_form_visible=1,
            display_order=1,
        )
    )
    field = expect(call(ac, ac.deal_custom_fields.create_deal_custom_field, body=body), DealCustomFieldEnvelope, 200)
    assert (field.deal_custom_field_metum.id, field.deal_custom_field_metum.field_options) == ("1", None)


@pytest.mark.operation("listDealCustomFields")
def test_list_deal_custom_fields(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.deal_custom_fields.list_deal_custom_fields, limit=100), DealCustomFieldList, 200)
    fields = page.deal_custom_field_meta
    assert [f.field_type for f in fields] == ["text", "multiselect"]
    assert fields[1].field_options == ["Option 1", "Option 2", "Option 3"] and fields[1].field_default == 1.0


@pytest.mark.operation("getDealCustomField")
def test_get_deal_custom_field(ac: ActiveCampaign) -> None:
    field = expect(call(ac, ac.deal_custom_fields.get_deal_custom_field, "1"), DealCustomFieldEnvelope, 200)
    assert field.deal_custom_field_metum.field_label == "New Title"


@pytest.mark.operation("getDealCustomField", cassette="getDealCustomField_not_found")
def test_get_missing_deal_custom_field(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.deal_custom_fields.get_deal_custom_field, "99"), ErrorResponse, 404)
    assert error.errors and error.errors[0].status == 404


@pytest.mark.operation("updateDealCustomField")
def test_update_deal_custom_field(ac: ActiveCampaign) -> None:
    body = DealCustomFieldUpdateEnvelope(
        deal_custom_field_metum=DealCustomFieldFields(
            field_label="New Title", field_default="Default Text", is_form_visible=1, display_order=1
        )
    )
    field = expect(
        call(ac, ac.deal_custom_fields.update_deal_custom_field, "1", body=body), DealCustomFieldEnvelope, 200
    )
    assert field.deal_custom_field_metum.field_label == "New Title"


@pytest.mark.operation("deleteDealCustomField")
def test_delete_deal_custom_field(ac: ActiveCampaign) -> None:
    done = expect(call(ac, ac.deal_custom_fields.delete_deal_custom_field, "1"), DealCustomFieldMessage, 200)
    assert done.message == "DealCustomFieldMeta deleted."


@pytest.mark.operation("createDealCustomFieldValue")
def test_create_deal_custom_field_value(ac: ActiveCampaign) -> None:
    body = DealCustomFieldValueCreateRequest(
        deal_custom_field_datum=DealCustomFieldValueNew(deal_id="2", custom_field_id="1", field_value="test title")
    )
    saved = expect(
        call(ac, ac.deal_custom_fields.create_deal_custom_field_value, body=body), DealCustomFieldValueEnvelope, 200
    )
    assert (saved.deal_custom_field_datum.id, saved.deal_custom_field_datum.deal_id) == ("5", "2")


@pytest.mark.operation("listDealCustomFieldValues")
def test_list_deal_custom_field_values(ac: ActiveCampaign) -> None:
    response = call(ac, ac.deal_custom_fields.list_deal_custom_field_values, filters_deal_id="2")
    page = expect(response, DealCustomFieldValueList, 200)
    assert [v.id for v in page.deal_custom_field_data] == ["3", "4", "5", "1"]


@pytest.mark.operation("bulkCreateDealCustomFieldValues")
def test_bulk_create_deal_custom_field_values(ac: ActiveCampaign) -> None:
    body = [
        DealCustomFieldValueNew(deal_id="1", custom_field_id="1", field_value="test title"),
        DealCustomFieldValueNew(deal_id="1", custom_field_id="2", field_value="test title"),
        DealCustomFieldValueNew(deal_id="1", custom_field_id="3", field_value=OPTIONS),
        DealCustomFieldValueNew(deal_id="1", custom_field_id="4", field_value=9999, field_currency="cad"),
        DealCustomFieldValueNew(deal_id="1", custom_field_id="5", field_value="100.99"),
        DealCustomFieldValueNew(deal_id="1", custom_field_id="6", field_value="2018-12-31"),
        DealCustomFieldValueNew(deal_id="1", custom_field_id="7", field_value="2020-05-19T02:45:00-05:00"),
    ]
    done = expect(
        call(ac, ac.deal_custom_fields.bulk_create_deal_custom_field_values, body=body), DealCustomFieldMessage, 200
    )
    assert done.message == "the bulk insert was successful"


@pytest.mark.operation("bulkUpdateDealCustomFieldValues")
def test_bulk_update_deal_custom_field_values(ac: ActiveCampaign) -> None:
    body = [
        DealCustomFieldValueChange(id="1", field_value="test title"),
        DealCustomFieldValueChange(id="2", field_value=OPTIONS),
        DealCustomFieldValueChange(id="3", field_value=9999, field_currency="cad"),
        DealCustomFieldValueChange(id="4", field_value="100.99"),
        DealCustomFieldValueChange(id="5", field_value="2018-12-31"),
        DealCustomFieldValueChange(id="6", field_value="2020-05-19T02:45:00-05:00"),
    ]
    done = expect(
        call(ac, ac.deal_custom_fields.bulk_update_deal_custom_field_values, body=body), DealCustomFieldMessage, 200
    )
    assert isinstance(done.message, str) and done.message.endswith("successfully bulk updated.")


@pytest.mark.operation("getDealCustomFieldValue")
def test_get_deal_custom_field_value(ac: ActiveCampaign) -> None:
    saved = expect(call(ac, ac.deal_custom_fields.get_deal_custom_field_value, "1"), DealCustomFieldValueEnvelope, 200)
    assert saved.deal_custom_field_datum.field_value == "New title"


@pytest.mark.operation("updateDealCustomFieldValue")
def test_update_deal_custom_field_value(ac: ActiveCampaign) -> None:
    body = DealCustomFieldValueUpdateRequest(
        deal_custom_field_datum=DealCustomFieldValueFields(field_value="New title")
    )
    response = call(ac, ac.deal_custom_fields.update_deal_custom_field_value, "1", body=body)
    saved = expect(response, DealCustomFieldValueEnvelope, 200)
    assert saved.deal_custom_field_datum.custom_field_id == "5"


@pytest.mark.operation("deleteDealCustomFieldValue")
def test_delete_deal_custom_field_value(ac: ActiveCampaign) -> None:
    done = expect(call(ac, ac.deal_custom_fields.delete_deal_custom_field_value, "1"), DealCustomFieldMessage, 200)
    assert done.message == "DealCustomFieldData deleted."


@pytest.mark.operation("listCustomFieldValuesOfDeal")
def test_list_custom_field_values_of_deal(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.deal_custom_fields.list_custom_field_values_of_deal, "2"), DealCustomFieldValueList, 200)
    assert {v.deal_id for v in page.deal_custom_field_data} == {"2"}
