from __future__ import annotations

import pytest
from activecampaign_api.models import (
    BulkImportCallback,
    BulkImportContact,
    BulkImportFailure,
    BulkImportFieldValue,
    BulkImportInfo,
    BulkImportKeyValue,
    BulkImportListRef,
    BulkImportQueued,
    BulkImportRequest,
    BulkImportRowFailure,
    BulkImportStatusList,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("bulkImportContacts")
def test_bulk_import_contacts(ac: ActiveCampaign) -> None:
    body = BulkImportRequest(
        contacts=[
            BulkImportContact(
                email="someone@somewhere.com",
                first_name="Jane",
                last_name="Doe",
                phone="123-456-7890",
                customer_acct_name="ActiveCampaign",
                exclude_automations=False,
                tags=["dictumst", "aliquam", "augue quam", "sollicitudin rutrum"],
                fields=[BulkImportFieldValue(id=1, value="foo"), BulkImportFieldValue(id=2, value="||foo||bar||baz||")],
                subscribe=[BulkImportListRef(listid=1), BulkImportListRef(listid=2)],
                unsubscribe=[BulkImportListRef(listid=3)],
            )
        ],
        callback=BulkImportCallback(
            url="www.your_web_server.com",
            request_type="POST",
            detailed_results="true",
            params=[BulkImportKeyValue(key="", value="")],
            headers=[BulkImportKeyValue(key="", value="")],
        ),
    )
    queued = expect(call(ac, ac.imports.bulk_import_contacts, body=body), BulkImportQueued, 200)
    assert (queued.success, queued.queued_contacts) == (True, 1)
    assert queued.batch_id == "0641fbdd-f62f-4c2c-ba02-3a83d5d11ac9"


def _contact(email: str, first_name: str) -> BulkImportContact:
    return BulkImportContact(
        email=email, first_name=first_name, last_name="Doe", tags=["imported"], subscribe=[BulkImportListRef(listid=1)]
    )


@pytest.mark.operation("bulkImportContacts", cassette="bulkImportContacts_invalid_row")
def test_bulk_import_rejects_whole_batch_for_one_invalid_row(ac: ActiveCampaign) -> None:
    body = BulkImportRequest(contacts=[_contact("jane.doe@example.com", "Jane"), _contact("john.doe@@example", "John")])
    failure = expect(call(ac, ac.imports.bulk_import_contacts, body=body), BulkImportFailure, 400)
    assert failure.success is False
    assert failure.failure_reasons
    reason = failure.failure_reasons[0]
    assert isinstance(reason, BulkImportRowFailure) and reason.contact == 1


@pytest.mark.operation("bulkImportContacts", cassette="bulkImportContacts_rate_limited")
def test_bulk_import_rate_limited(ac: ActiveCampaign) -> None:
    body = BulkImportRequest(contacts=[BulkImportContact(email="jane.doe@example.com")])
    failure = expect(call(ac, ac.imports.bulk_import_contacts, body=body), BulkImportFailure, 400)
    assert failure.message == "Rate limit exceeded."
    assert failure.failure_reasons and isinstance(failure.failure_reasons[0], str)


@pytest.mark.operation("listBulkImports")
def test_list_bulk_imports(ac: ActiveCampaign) -> None:
    status = expect(call(ac, ac.imports.list_bulk_imports), BulkImportStatusList, 200)
    assert status.outstanding and status.outstanding[0].contacts == 83250
    assert status.recently_completed and len(status.recently_completed) == 2


@pytest.mark.operation("getBulkImportInfo")
def test_get_bulk_import_info(ac: ActiveCampaign) -> None:
    info = expect(
        call(ac, ac.imports.get_bulk_import_info, batch_id="0641fbdd-f62f-4c2c-ba02-3a83d5d11ac9"),
        BulkImportInfo,
        200,
    )
    assert info.status == "completed"
    assert info.success == ["123", "124", "125", "126"]
