from __future__ import annotations

import pytest
from activecampaign_api.models import (
    CustomFieldValueEnvelope,
    CustomFieldValueList,
    CustomFieldValueRequest,
    CustomFieldValueRequestFieldValue,
    CustomFieldValueSavedEnvelope,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createFieldValue")
def test_create_field_value(ac: ActiveCampaign) -> None:
    body = CustomFieldValueRequest(
        field_value=CustomFieldValueRequestFieldValue(contact=2, field=3, value="Blue"), use_defaults=True
    )
    saved = expect(call(ac, ac.field_values.create_field_value, body=body), CustomFieldValueSavedEnvelope, 200)
    # Right after a write the ids come back as numbers.
    assert (saved.field_value.id, saved.field_value.contact, saved.field_value.owner) == ("15", "2", "2")
    assert saved.contacts and saved.contacts[0].id == "2"


@pytest.mark.operation("listFieldValues")
def test_list_field_values_filtered(ac: ActiveCampaign) -> None:
    page = expect(
        call(ac, ac.field_values.list_field_values, filters_fieldid="1", filters_val="Burger"),
        CustomFieldValueList,
        200,
    )
    assert page.field_values[0].value == "Burger"


@pytest.mark.operation("getFieldValue")
def test_get_orphaned_field_value(ac: ActiveCampaign) -> None:
    value = expect(call(ac, ac.field_values.get_field_value, "2"), CustomFieldValueEnvelope, 200).field_value
    assert (value.field, value.value, value.owner) == (None, None, None)


@pytest.mark.operation("updateFieldValue")
def test_update_field_value(ac: ActiveCampaign) -> None:
    body = CustomFieldValueRequest(
        field_value=CustomFieldValueRequestFieldValue(contact=4, field=24, value="Blue"), use_defaults=True
    )
    saved = expect(call(ac, ac.field_values.update_field_value, "15", body=body), CustomFieldValueSavedEnvelope, 200)
    assert saved.field_value.value == "Blue"


@pytest.mark.operation("deleteFieldValue")
def test_delete_field_value(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.field_values.delete_field_value, "15"), 200)
