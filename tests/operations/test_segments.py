from __future__ import annotations

import pytest
from activecampaign_api.api.segments import get_segment, list_segments
from activecampaign_api.models import PageMeta, SegmentEnvelope, SegmentList
from activecampaign_sdk import ActiveCampaign

from ..replay import expect


@pytest.mark.operation("listSegments")
def test_list_segments(ac: ActiveCampaign) -> None:
    page = expect(list_segments.sync_detailed(client=ac.api, limit=20, offset=0), SegmentList, 200)
    assert [(s.id, s.logic) for s in page.segments] == [("1", "and"), ("2", "or")]
    assert isinstance(page.meta, PageMeta) and page.meta.total == "2"


@pytest.mark.operation("getSegment")
def test_get_segment(ac: ActiveCampaign) -> None:
    segment = expect(get_segment.sync_detailed("2", client=ac.api), SegmentEnvelope, 200).segment
    assert (segment.name, segment.logic, segment.seriesid) == ("Automation entry condition", "or", "4")
