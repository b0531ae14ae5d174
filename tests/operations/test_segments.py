from __future__ import annotations

import pytest
from activecampaign_api.models import PageMeta, SegmentEnvelope, SegmentList
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listSegments")
def test_list_segments(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.segments.list_segments, limit=20, offset=0), SegmentList, 200)
    assert [(s.id, s.logic) for s in page.segments] == [("1", "and"), ("2", "or")]
    assert isinstance(page.meta, PageMeta) and page.meta.total == 2


@pytest.mark.operation("getSegment")
def test_get_segment(ac: ActiveCampaign) -> None:
    segment = expect(call(ac, ac.segments.get_segment, "2"), SegmentEnvelope, 200).segment
    assert (segment.name, segment.logic, segment.seriesid) == ("Automation entry condition", "or", "4")
