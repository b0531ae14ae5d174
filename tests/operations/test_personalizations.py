from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    PageMeta,
    PersonalizationEnvelope,
    PersonalizationFields,
    PersonalizationList,
    PersonalizationLockResult,
    PersonalizationWriteRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("listPersonalizations")
def test_list_personalizations(ac: ActiveCampaign) -> None:
    response = call(ac, ac.personalizations.list_personalizations, limit=20, offset=0, orders_name="ASC")
    page = expect(response, PersonalizationList, 200)
    assert [p.tag for p in page.personalizations][:2] == ["awesometag", "greattag"]
    assert page.personalizations[4].is_locked is True
    assert isinstance(page.meta, PageMeta) and page.meta.total == 5


@pytest.mark.operation("createPersonalization")
def test_create_personalization(ac: ActiveCampaign) -> None:
    body = PersonalizationWriteRequest(
        personalization=PersonalizationFields(
            tag="brand-new-tag", name="brand new name", format_="text", content="Hello World!", listids="2,3,4,5"
        )
    )
    saved = expect(call(ac, ac.personalizations.create_personalization, body=body), PersonalizationEnvelope, 200)
    assert (saved.personalization.id, saved.personalization.listids) == ("8", "2,3,4,5")


@pytest.mark.operation("getPersonalization")
def test_get_personalization(ac: ActiveCampaign) -> None:
    found = expect(call(ac, ac.personalizations.get_personalization, "8"), PersonalizationEnvelope, 200)
    assert (found.personalization.list_ids, found.personalization.lists_count) == ("2,3,5,4", 4)


@pytest.mark.operation("getPersonalization", cassette="getPersonalization_not_found")
def test_get_missing_personalization(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.personalizations.get_personalization, "22"), ErrorResponse, 404)
    assert error.message == "No Result found for Personalization with id 22"


@pytest.mark.operation("updatePersonalization")
def test_update_personalization(ac: ActiveCampaign) -> None:
    body = PersonalizationWriteRequest(personalization=PersonalizationFields(name="changed name"))
    saved = expect(call(ac, ac.personalizations.update_personalization, "8", body=body), PersonalizationEnvelope, 200)
    assert (saved.personalization.name, saved.personalization.created_by) == ("changed name", None)


@pytest.mark.operation("deletePersonalization")
def test_delete_personalization(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.personalizations.delete_personalization, "8"), 200)


@pytest.mark.operation("bulkDeletePersonalizations")
def test_bulk_delete_personalizations(ac: ActiveCampaign) -> None:
    # The answer is plain text, so there is no JSON to check the parse against.
    response = ac.raw(ac.personalizations.bulk_delete_personalizations, ids="1,2,3")
    assert response.status_code == 200
    assert response.parsed == "Delete successful"


@pytest.mark.operation("lockPersonalization")
def test_lock_personalization(ac: ActiveCampaign) -> None:
    result = expect(call(ac, ac.personalizations.lock_personalization, "8"), PersonalizationLockResult, 200)
    assert result.success is True


@pytest.mark.operation("lockPersonalization", cassette="lockPersonalization_not_admin")
def test_lock_personalization_refused(ac: ActiveCampaign) -> None:
    result = expect(call(ac, ac.personalizations.lock_personalization, "8"), PersonalizationLockResult, 200)
    assert (result.success, result.message) == (False, "Only admin can lock/unlock personalizations")


@pytest.mark.operation("unlockPersonalization")
def test_unlock_personalization(ac: ActiveCampaign) -> None:
    result = expect(call(ac, ac.personalizations.unlock_personalization, "8"), PersonalizationLockResult, 200)
    assert result.success is True
