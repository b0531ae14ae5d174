from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    FieldAttributes,
    FieldCreateRequest,
    FieldCreateRequestField,
    FieldEnvelope,
    FieldList,
    FieldOptionBulkError,
    FieldOptionBulkRequest,
    FieldOptionEnvelope,
    FieldOptionInput,
    FieldOptionList,
    FieldRelCreateRequest,
    FieldRelCreateRequestFieldRel,
    FieldRelEnvelope,
    FieldUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createField")
def test_create_field(ac: ActiveCampaign) -> None:
    body = FieldCreateRequest(
        field=FieldCreateRequestField(
            type_="textarea",
            title="Field Title",
            descript="Field description",
            perstag="Personalized Tag",
            defval="Default Value",
            visible=1,
            ordernum=1,
        )
    )
    # The reference's example answer to a create is a field listing.
    listing = expect(call(ac, ac.custom_fields.create_field, body=body), FieldList, 201)
    assert [f.id for f in listing.fields] == ["2", "1"]
    assert listing.fields[0].descript is None


@pytest.mark.operation("createField", cassette="createField_duplicate")
def test_create_duplicate_field(ac: ActiveCampaign) -> None:
    body = FieldCreateRequest(field=FieldCreateRequestField(type_="text", title="Test Title"))
    error = expect(call(ac, ac.custom_fields.create_field, body=body), ErrorResponse, 422)
    assert error.errors and error.errors[0].code == "duplicate"


@pytest.mark.operation("listFields")
def test_list_fields_by_perstag(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.custom_fields.list_fields, limit=100, filters_perstag="PERSONALIZEDTAG"), FieldList, 200)
    assert page.fields[1].isrequired is True
    assert page.meta and page.meta.total == 2


@pytest.mark.operation("getField")
def test_get_field(ac: ActiveCampaign) -> None:
    found = expect(call(ac, ac.custom_fields.get_field, "1"), FieldEnvelope, 200)
    assert found.field.perstag == "TEST"
    assert found.field_rels and found.field_rels[0].relid == "0"


@pytest.mark.operation("updateField")
def test_update_field(ac: ActiveCampaign) -> None:
    body = FieldUpdateRequest(
        field=FieldAttributes(
            type_="textarea",
            title="Title",
            descript="Field  description",
            perstag="Personalized Tag",
            defval="Defaut Value",
            show_in_list=1,
            rows=2,
            cols=2,
            visible=1,
            service="google",
            ordernum=3,
        )
    )
    field = expect(call(ac, ac.custom_fields.update_field, "3", body=body), FieldEnvelope, 200).field
    # Right after a write the flags come back as numbers.
    assert (field.id, field.isrequired, field.ordernum) == ("3", False, 3)


@pytest.mark.operation("deleteField")
def test_delete_field(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.custom_fields.delete_field, "99"), 200)


@pytest.mark.operation("deleteField", cassette="deleteField_not_found")
def test_delete_missing_field(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.custom_fields.delete_field, "99"), ErrorResponse, 404)
    assert error.message == "No Result found for Field with id 99"


@pytest.mark.operation("bulkCreateFieldOptions")
def test_bulk_create_field_options(ac: ActiveCampaign) -> None:
    body = FieldOptionBulkRequest(
        field_options=[
            FieldOptionInput(field="62", value=value, label=f"Option {value}", orderid=n, isdefault=False)
            for n, value in enumerate("XYZ", start=1)
        ]
    )
    created = expect(call(ac, ac.field_options.bulk_create_field_options, body=body), FieldOptionList, 201)
    first = created.field_options[0]
    assert (first.id, first.orderid, first.isdefault) == ("1", 1, False)


@pytest.mark.operation("bulkCreateFieldOptions", cassette="bulkCreateFieldOptions_invalid")
def test_bulk_create_field_options_rejected(ac: ActiveCampaign) -> None:
    body = FieldOptionBulkRequest(field_options=[])
    error = expect(call(ac, ac.field_options.bulk_create_field_options, body=body), FieldOptionBulkError, 422)
    assert isinstance(error.errors, str) and error.errors.startswith("Bulk operation failed")


@pytest.mark.operation("listFieldOptions")
def test_list_field_options(ac: ActiveCampaign) -> None:
    options = expect(call(ac, ac.field_options.list_field_options, "62"), FieldOptionList, 200)
    assert [o.value for o in options.field_options] == ["X", "Y"]


@pytest.mark.operation("getFieldOption")
def test_get_field_option(ac: ActiveCampaign) -> None:
    option = expect(call(ac, ac.field_options.get_field_option, "1"), FieldOptionEnvelope, 200).field_option
    assert (option.field, option.label) == ("62", "Option X")


@pytest.mark.operation("getFieldOption", cassette="getFieldOption_not_found")
def test_get_missing_field_option(ac: ActiveCampaign) -> None:
    expect(call(ac, ac.field_options.get_field_option, "99"), ErrorResponse, 404)


@pytest.mark.operation("deleteFieldOption")
def test_delete_field_option(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.field_options.delete_field_option, "1"), 200)


@pytest.mark.operation("createFieldRelation")
def test_create_field_relation(ac: ActiveCampaign) -> None:
    body = FieldRelCreateRequest(field_rel=FieldRelCreateRequestFieldRel(field=8, relid=2))
    rel = expect(call(ac, ac.field_relations.create_field_relation, body=body), FieldRelEnvelope, 201).field_rel
    assert (rel.id, rel.field, rel.relid, rel.links) == ("19", "8", "2", [])


@pytest.mark.operation("getFieldRelation")
def test_get_field_relation(ac: ActiveCampaign) -> None:
    """The relation the create above made, read back (the API answers reads with strings of digits)."""
    rel = expect(call(ac, ac.field_relations.get_field_relation, "19"), FieldRelEnvelope, 200).field_rel
    assert (rel.id, rel.field, rel.relid, rel.dorder, rel.links) == ("19", "8", "2", 0, [])


@pytest.mark.operation("getFieldRelation", cassette="getFieldRelation_not_found")
def test_get_missing_field_relation(ac: ActiveCampaign) -> None:
    expect(call(ac, ac.field_relations.get_field_relation, "99"), ErrorResponse, 404)


@pytest.mark.operation("deleteFieldRelation")
def test_delete_field_relation(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.field_relations.delete_field_relation, "19"), 200)
