from __future__ import annotations

import pytest
from activecampaign_api.api.custom_fields import create_field, delete_field, get_field, list_fields, update_field
from activecampaign_api.api.field_options import (
    bulk_create_field_options,
    delete_field_option,
    get_field_option,
    list_field_options,
)
from activecampaign_api.api.field_relations import create_field_relation, delete_field_relation
from activecampaign_api.models import (
    EmptyObject,
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

from ..replay import expect


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
    listing = expect(create_field.sync_detailed(client=ac.api, body=body), FieldList, 201)
    assert [f.id for f in listing.fields] == ["2", "1"]
    assert listing.fields[0].descript is None


@pytest.mark.operation("createField", cassette="createField_duplicate")
def test_create_duplicate_field(ac: ActiveCampaign) -> None:
    body = FieldCreateRequest(field=FieldCreateRequestField(type_="text", title="Test Title"))
    error = expect(create_field.sync_detailed(client=ac.api, body=body), ErrorResponse, 422)
    assert error.errors and error.errors[0].code == "duplicate"


@pytest.mark.operation("listFields")
def test_list_fields_by_perstag(ac: ActiveCampaign) -> None:
    page = expect(
        list_fields.sync_detailed(client=ac.api, limit=100, filters_perstag="PERSONALIZEDTAG"), FieldList, 200
    )
    assert page.fields[1].isrequired == "1"
    assert page.meta and page.meta.total == "2"


@pytest.mark.operation("getField")
def test_get_field(ac: ActiveCampaign) -> None:
    found = expect(get_field.sync_detailed("1", client=ac.api), FieldEnvelope, 200)
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
    field = expect(update_field.sync_detailed("3", client=ac.api, body=body), FieldEnvelope, 200).field
    # Right after a write the flags come back as numbers.
    assert (field.id, field.isrequired, field.ordernum) == ("3", 0, 3)


@pytest.mark.operation("deleteField")
def test_delete_field(ac: ActiveCampaign) -> None:
    expect(delete_field.sync_detailed("99", client=ac.api), EmptyObject, 200)


@pytest.mark.operation("deleteField", cassette="deleteField_not_found")
def test_delete_missing_field(ac: ActiveCampaign) -> None:
    error = expect(delete_field.sync_detailed("99", client=ac.api), ErrorResponse, 404)
    assert error.message == "No Result found for Field with id 99"


@pytest.mark.operation("bulkCreateFieldOptions")
def test_bulk_create_field_options(ac: ActiveCampaign) -> None:
    body = FieldOptionBulkRequest(
        field_options=[
            FieldOptionInput(field="62", value=value, label=f"Option {value}", orderid=n, isdefault=False)
            for n, value in enumerate("XYZ", start=1)
        ]
    )
    created = expect(bulk_create_field_options.sync_detailed(client=ac.api, body=body), FieldOptionList, 201)
    first = created.field_options[0]
    assert (first.id, first.orderid, first.isdefault) == ("1", 1, 0)


@pytest.mark.operation("bulkCreateFieldOptions", cassette="bulkCreateFieldOptions_invalid")
def test_bulk_create_field_options_rejected(ac: ActiveCampaign) -> None:
    body = FieldOptionBulkRequest(field_options=[])
    error = expect(bulk_create_field_options.sync_detailed(client=ac.api, body=body), FieldOptionBulkError, 422)
    assert isinstance(error.errors, str) and error.errors.startswith("Bulk operation failed")


@pytest.mark.operation("listFieldOptions")
def test_list_field_options(ac: ActiveCampaign) -> None:
    options = expect(list_field_options.sync_detailed("62", client=ac.api), FieldOptionList, 200)
    assert [o.value for o in options.field_options] == ["X", "Y"]


@pytest.mark.operation("getFieldOption")
def test_get_field_option(ac: ActiveCampaign) -> None:
    option = expect(get_field_option.sync_detailed("1", client=ac.api), FieldOptionEnvelope, 200).field_option
    assert (option.field, option.label) == ("62", "Option X")


@pytest.mark.operation("getFieldOption", cassette="getFieldOption_not_found")
def test_get_missing_field_option(ac: ActiveCampaign) -> None:
    expect(get_field_option.sync_detailed("99", client=ac.api), ErrorResponse, 404)


@pytest.mark.operation("deleteFieldOption")
def test_delete_field_option(ac: ActiveCampaign) -> None:
    expect(delete_field_option.sync_detailed("1", client=ac.api), EmptyObject, 200)


@pytest.mark.operation("createFieldRelation")
def test_create_field_relation(ac: ActiveCampaign) -> None:
    body = FieldRelCreateRequest(field_rel=FieldRelCreateRequestFieldRel(field=8, relid=2))
    rel = expect(create_field_relation.sync_detailed(client=ac.api, body=body), FieldRelEnvelope, 201).field_rel
    assert (rel.id, rel.field, rel.relid, rel.links) == ("19", 8, 2, [])


@pytest.mark.operation("deleteFieldRelation")
def test_delete_field_relation(ac: ActiveCampaign) -> None:
    expect(delete_field_relation.sync_detailed("19", client=ac.api), EmptyObject, 200)
