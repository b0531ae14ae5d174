from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    ListExclusion,
    ListExclusionList,
    ListExclusionUpdateRequest,
    PageMeta,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listListExclusions")
def test_list_list_exclusions(ac: ActiveCampaign) -> None:
    response = call(
        ac,
        ac.lists.list_list_exclusions,
        filters_match_phrase="example",
        filters_lists=["1", "2"],
        orders_match_phrase="ASC",
    )
    page = expect(response, ListExclusionList, 200)
    assert [(e.id, e.channel) for e in page.exclusions] == [("1", "allSms"), ("2", "several")]
    assert isinstance(page.meta, PageMeta) and page.meta.total == 5


@pytest.mark.operation("getListExclusion")
def test_get_list_exclusion(ac: ActiveCampaign) -> None:
    exclusion = expect(call(ac, ac.lists.get_list_exclusion, "2"), ListExclusion, 200)
    assert (exclusion.match_type, exclusion.hidden, exclusion.lists) == ("exact", False, ["2", "1"])


@pytest.mark.operation("getListExclusion", cassette="getListExclusion_not_found")
def test_get_missing_list_exclusion(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.lists.get_list_exclusion, "422"), ErrorResponse, 404)
    assert error.message == "Exclusion not found [id=422]"


@pytest.mark.operation("updateListExclusion")
def test_update_list_exclusion(ac: ActiveCampaign) -> None:
    body = ListExclusionUpdateRequest(channel="several", lists=["1", "2"])
    exclusion = expect(call(ac, ac.lists.update_list_exclusion, "2", body=body), ListExclusion, 200)
    assert exclusion.lists == ["1", "2"]


@pytest.mark.operation("updateListExclusion", cassette="updateListExclusion_invalid")
def test_update_list_exclusion_refused(ac: ActiveCampaign) -> None:
    body = ListExclusionUpdateRequest(channel="all", lists=["1"])
    error = expect(call(ac, ac.lists.update_list_exclusion, "2", body=body), ErrorResponse, 422)
    assert error.errors and error.errors[0].status == 422
