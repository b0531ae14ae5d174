from __future__ import annotations

import pytest
from activecampaign_api.models import AudienceCount, AudienceCounts, AudienceList
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listAudiences")
def test_list_audiences_recently_updated_first(ac: ActiveCampaign) -> None:
    response = call(ac, ac.audiences.list_audiences, page=1, page_size=20, sort="-updated_date")
    page = expect(response, AudienceList, 200)
    assert [a.attributes.name for a in page.data] == ["Example.com contacts", "Engaged last 30 days"]


@pytest.mark.operation("getAudience")
def test_get_audience_counts(ac: ActiveCampaign) -> None:
    response = call(ac, ac.audiences.get_audience, "9c7e5a0e-3c1b-4b0a-a3e4-2f8f1b6d7e21")
    [audience] = expect(response, AudienceList, 200).data
    counts = audience.attributes.counts
    assert isinstance(counts, AudienceCounts)
    assert isinstance(counts.last_total, AudienceCount) and counts.last_total.count == 1500
    assert isinstance(counts.last_active_total, AudienceCount) and counts.last_active_total.count == 1422
