from __future__ import annotations

import pytest
from activecampaign_api.models import ErrorResponse, PageMeta, ScoreEnvelope, ScoreList
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listScores")
def test_list_scores(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.scores.list_scores, limit=20, offset=0), ScoreList, 200)
    assert [s.reltype for s in page.scores] == ["contact", "contact", "deal", "deal"]
    assert isinstance(page.meta, PageMeta) and page.meta.total == 4


@pytest.mark.operation("getScore")
def test_get_score(ac: ActiveCampaign) -> None:
    score = expect(call(ac, ac.scores.get_score, "2"), ScoreEnvelope, 200).score
    assert (score.name, score.status, score.links) == ("Link Engagement Score", True, [])


@pytest.mark.operation("getScore", cassette="getScore_not_found")
def test_get_missing_score(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.scores.get_score, "1"), ErrorResponse, 404)
    assert error.message == "No Result found for Score with id 1"
