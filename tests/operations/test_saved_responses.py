from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    SavedResponseCreateRequest,
    SavedResponseCreateRequestSavedResponse,
    SavedResponseEnvelope,
    SavedResponseFields,
    SavedResponseList,
    SavedResponseUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createSavedResponse")
def test_create_saved_response(ac: ActiveCampaign) -> None:
    body = SavedResponseCreateRequest(
        saved_response=SavedResponseCreateRequestSavedResponse(
            title="Response Title", subject="Response Subject", body="Response Body"
        )
    )
    saved = expect(call(ac, ac.saved_responses.create_saved_response, body=body), SavedResponseEnvelope, 201)
    assert saved.saved_response.id == "1"


@pytest.mark.operation("createSavedResponse", cassette="createSavedResponse_invalid")
def test_create_saved_response_without_text(ac: ActiveCampaign) -> None:
    body = SavedResponseCreateRequest(saved_response=SavedResponseCreateRequestSavedResponse(title=""))
    error = expect(call(ac, ac.saved_responses.create_saved_response, body=body), ErrorResponse, 422)
    assert isinstance(error.errors, list) and [e.code for e in error.errors][:2] == ["field_missing", "field_invalid"]


@pytest.mark.operation("listSavedResponses")
def test_list_saved_responses(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.saved_responses.list_saved_responses), SavedResponseList, 200)
    assert [(r.id, r.ldate, r.mdate) for r in page.saved_responses] == [("1", None, None)]


@pytest.mark.operation("getSavedResponse")
def test_get_saved_response(ac: ActiveCampaign) -> None:
    saved = expect(call(ac, ac.saved_responses.get_saved_response, "1"), SavedResponseEnvelope, 200)
    assert saved.saved_response.last_sent_user_id is None


@pytest.mark.operation("updateSavedResponse")
def test_update_saved_response(ac: ActiveCampaign) -> None:
    body = SavedResponseUpdateRequest(
        saved_response=SavedResponseFields(
            title="New Response Title", subject="New Response Subject", body="New Response Body"
        )
    )
    saved = expect(call(ac, ac.saved_responses.update_saved_response, "1", body=body), SavedResponseEnvelope, 200)
    assert saved.saved_response.title == "New Response Title"


@pytest.mark.operation("deleteSavedResponse")
def test_delete_saved_response(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.saved_responses.delete_saved_response, "1"), 200)


@pytest.mark.operation("deleteSavedResponse", cassette="deleteSavedResponse_not_found")
def test_delete_missing_saved_response(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.saved_responses.delete_saved_response, "1"), ErrorResponse, 404)
    assert error.message == "No Result found for SavedResponse with id 1"
