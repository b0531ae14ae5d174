from __future__ import annotations

import pytest
from activecampaign_api.models import (
    SegmentMatchOneList,
    SegmentMatchPage,
    SegmentMatchRunList,
    SegmentMatchSomeRequest,
    SegmentV2Document,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect

SEGMENT = "9c7e5a0e-3c1b-4b0a-a3e4-2f8f1b6d7e21"
RUN = "744390a5-208e-4c3d-b709-b3c3ea6e5948"
EXAMPLE_COM = {
    "id": "1",
    "object_type": "contact",
    "source_system": "ActiveCampaign",
    "fields": [{"name": "email", "data_type": "string", "operator": "contains", "value": "@example.com"}],
}


@pytest.mark.operation("requestSegmentMatchAllForConditions")
def test_match_all_for_ad_hoc_conditions_starts_a_run(ac: ActiveCampaign) -> None:
    attributes = {
        "segment_condition_group_operator": "and",
        "segment_condition_groups": [{"id": "1", "operator": "and", "values": [{"type": "condition", "id": "1"}]}],
        "segment_conditions": [EXAMPLE_COM],
    }
    body = SegmentV2Document.from_dict({"data": [{"attributes": attributes}]})
    response = call(ac, ac.segment_matching.request_segment_match_all_for_conditions, body=body)
    run = expect(response, SegmentMatchRunList, 200).data[0].attributes
    assert (run.run_id, run.is_ready) == (RUN, False)
    assert not run.matches, "no contact ids before the run is ready"


@pytest.mark.operation("requestSegmentMatchAll")
def test_match_all_for_saved_segment_starts_a_run(ac: ActiveCampaign) -> None:
    run = expect(call(ac, ac.segment_matching.request_segment_match_all, SEGMENT), SegmentMatchRunList, 200)
    assert (run.data[0].attributes.run_id, run.data[0].attributes.is_ready) == (RUN, False)


@pytest.mark.operation("getSegmentMatchAllResult")
def test_poll_match_all_result_set(ac: ActiveCampaign) -> None:
    response = call(ac, ac.segment_matching.get_segment_match_all_result, SEGMENT, RUN, page=1, page_size=5)
    run = expect(response, SegmentMatchRunList, 200).data[0].attributes
    assert run.is_ready is True
    assert run.matches == ["2345", "12", "234", "9837", "2317"]
    assert isinstance(run.page, SegmentMatchPage) and (run.page.last_page, run.page.total) == (300, 1500)


@pytest.mark.operation("requestSegmentMatchSome")
def test_match_some_starts_a_capped_run(ac: ActiveCampaign) -> None:
    body = SegmentMatchSomeRequest.from_dict(
        {"data": {"attributes": {"limit": 100, "group_operator": "and", "conditions": EXAMPLE_COM}}}
    )
    response = call(ac, ac.segment_matching.request_segment_match_some, SEGMENT, body=body)
    resource = expect(response, SegmentMatchRunList, 200).data[0]
    assert (resource.type_, resource.attributes.is_ready) == ("matchSome", False)


@pytest.mark.operation("getSegmentMatchSomeResult")
def test_poll_match_some_result_set(ac: ActiveCampaign) -> None:
    response = call(ac, ac.segment_matching.get_segment_match_some_result, SEGMENT, RUN)
    run = expect(response, SegmentMatchRunList, 200).data[0].attributes
    assert (run.is_ready, run.matches) == (True, ["12", "234"])


@pytest.mark.operation("matchContactToSegment")
def test_contact_matches_segment(ac: ActiveCampaign) -> None:
    result = expect(call(ac, ac.segment_matching.match_contact_to_segment, SEGMENT, "132"), SegmentMatchOneList, 200)
    assert (result.data[0].attributes.entity_id, result.data[0].attributes.match) == ("132", True)


@pytest.mark.operation("matchContactToSegmentForRecord")
def test_contact_does_not_match_segment_for_record(ac: ActiveCampaign) -> None:
    response = call(ac, ac.segment_matching.match_contact_to_segment_for_record, SEGMENT, "132", "order-1504")
    assert expect(response, SegmentMatchOneList, 200).data[0].attributes.match is False
