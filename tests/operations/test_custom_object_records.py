from __future__ import annotations

import pytest
from activecampaign_api.models import (
    CustomObjectRecordEnvelope,
    CustomObjectRecordField,
    CustomObjectRecordFields,
    CustomObjectRecordFieldsRelationships,
    CustomObjectRecordList,
    CustomObjectRecordWriteRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect

SCHEMA = "6449c3f3-b68d-46d1-850b-c8aea998ce1b"
RECORD = "1fba439a-208e-48e6-bd23-f6c97c3e0519"


@pytest.mark.operation("listCustomObjectRecords")
def test_list_custom_object_records(ac: ActiveCampaign) -> None:
    page = expect(
        call(ac, ac.custom_object_records.list_custom_object_records, SCHEMA, limit=20), CustomObjectRecordList, 200
    )
    record = page.records[0]
    assert record.fields is not None and record.fields[0].value == "100"
    assert record.relationships is not None and record.relationships["primary-contact"] == ["14"]
    assert page.meta is not None and page.meta.total == 1


@pytest.mark.operation("upsertCustomObjectRecord")
def test_upsert_custom_object_record(ac: ActiveCampaign) -> None:
    relationships = CustomObjectRecordFieldsRelationships()
    relationships["account"] = [123]
    body = CustomObjectRecordWriteRequest(
        record=CustomObjectRecordFields(
            schema_id=SCHEMA,
            id="test-obj-1",
            external_id="test-obj-1",
            fields=[CustomObjectRecordField(id="my-number-field", value=100)],  # a number field's value as a number
            relationships=relationships,
        )
    )
    response = call(ac, ac.custom_object_records.upsert_custom_object_record, SCHEMA, body=body)
    record = expect(response, CustomObjectRecordEnvelope, 201).record
    assert record.relationships is not None and record.relationships["account"] == ["123"]


@pytest.mark.operation("getCustomObjectRecord")
def test_get_custom_object_record(ac: ActiveCampaign) -> None:
    record = expect(
        call(ac, ac.custom_object_records.get_custom_object_record, SCHEMA, RECORD), CustomObjectRecordEnvelope, 200
    )
    assert (record.record.id, record.record.external_id) == (RECORD, "test-obj-1")


@pytest.mark.operation("getCustomObjectRecord", cassette="getCustomObjectRecord_bad_request")
def test_get_custom_object_record_bad_request(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.custom_object_records.get_custom_object_record, SCHEMA, "nope"), ErrorResponse, 400)
    assert error.errors is not None and (error.errors[0].status, error.errors[0].title) == (
        400,
        "Bad Request",
    )


@pytest.mark.operation("getCustomObjectRecordByExternalId")
def test_get_custom_object_record_by_external_id(ac: ActiveCampaign) -> None:
    response = call(ac, ac.custom_object_records.get_custom_object_record_by_external_id, SCHEMA, "test-obj-1")
    assert expect(response, CustomObjectRecordEnvelope, 200).record.id == RECORD


@pytest.mark.operation("deleteCustomObjectRecord")
def test_delete_custom_object_record(ac: ActiveCampaign) -> None:
    response = ac.raw(ac.custom_object_records.delete_custom_object_record, SCHEMA, RECORD)
    assert (response.status_code, response.content, response.parsed) == (202, b"", None)


@pytest.mark.operation("deleteCustomObjectRecordByExternalId")
def test_delete_custom_object_record_by_external_id(ac: ActiveCampaign) -> None:
    response = ac.raw(ac.custom_object_records.delete_custom_object_record_by_external_id, SCHEMA, "test-obj-1")
    assert (response.status_code, response.content, response.parsed) == (202, b"", None)
