from __future__ import annotations

import datetime
from typing import Any

import pytest
from activecampaign_api.models import SegmentCountHistoryList, SegmentV2Document
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect

SEGMENT = "9c7e5a0e-3c1b-4b0a-a3e4-2f8f1b6d7e21"
OTHER_SEGMENT = "1ab85f0e-3b5c-4a35-bc07-242c68a7d195"
# The version saved on 2025-02-03T14:56:02.952Z, as the path wants it: Unix time in milliseconds.
FIRST_VERSION = 1738594562952


def _email_condition(domain: str) -> dict[str, Any]:
    return {
        "id": "1",
        "object_type": "contact",
        "source_system": "ActiveCampaign",
        "fields": [{"name": "email", "data_type": "string", "operator": "contains", "value": domain}],
    }


def _segment(domain: str, **extra: Any) -> SegmentV2Document:
    attributes = {
        **extra,
        "segment_condition_group_operator": "and",
        "segment_condition_groups": [{"id": "1", "operator": "and", "values": [{"type": "condition", "id": "1"}]}],
        "segment_conditions": [_email_condition(domain)],
    }
    return SegmentV2Document.from_dict({"data": [{"attributes": attributes}]})


@pytest.mark.operation("createSegmentV2")
def test_create_saved_segment(ac: ActiveCampaign) -> None:
    body = _segment("@example.com", name="Example.com contacts")
    created = expect(call(ac, ac.segments_v2.create_segment_v2, body=body), SegmentV2Document, 200)
    segment = created.data[0].attributes
    assert (segment.segment_id, segment.category) == (SEGMENT, "AUDIENCE")
    assert segment.created_date == datetime.datetime(2025, 2, 3, 14, 56, 2, 952000, tzinfo=datetime.UTC)


@pytest.mark.operation("getSegmentV2")
def test_get_segment_conditions(ac: ActiveCampaign) -> None:
    segment = expect(call(ac, ac.segments_v2.get_segment_v2, SEGMENT), SegmentV2Document, 200).data[0].attributes
    [condition] = segment.segment_conditions
    assert (condition.object_type, condition.fields[0]["value"]) == ("contact", "@example.com")


@pytest.mark.operation("updateSegmentV2")
def test_update_segment_conditions(ac: ActiveCampaign) -> None:
    response = call(ac, ac.segments_v2.update_segment_v2, SEGMENT, body=_segment("@example.org"))
    segment = expect(response, SegmentV2Document, 200).data[0].attributes
    assert segment.segment_conditions[0].fields[0]["value"] == "@example.org"


@pytest.mark.operation("deleteSegmentV2")
def test_delete_segment(ac: ActiveCampaign) -> None:
    deleted = expect(call(ac, ac.segments_v2.delete_segment_v2, SEGMENT), SegmentV2Document, 200)
    assert deleted.data[0].attributes.segment_id == SEGMENT


@pytest.mark.operation("getSegmentV2Version")
def test_get_earlier_segment_version(ac: ActiveCampaign) -> None:
    response = call(ac, ac.segments_v2.get_segment_v2_version, SEGMENT, FIRST_VERSION)
    segment = expect(response, SegmentV2Document, 200).data[0].attributes
    assert segment.segment_conditions[0].fields[0]["value"] == "@example.com"


@pytest.mark.operation("revertSegmentV2")
def test_revert_segment_to_earlier_version(ac: ActiveCampaign) -> None:
    response = call(ac, ac.segments_v2.revert_segment_v2, SEGMENT, FIRST_VERSION)
    segment = expect(response, SegmentV2Document, 200).data[0].attributes
    assert segment.created_date == datetime.datetime(2025, 2, 11, 8, 0, tzinfo=datetime.UTC)


@pytest.mark.operation("listSegmentV2RecentCounts")
def test_latest_counts_of_two_segments(ac: ActiveCampaign) -> None:
    response = call(ac, ac.segments_v2.list_segment_v2_recent_counts, segment_ids=f"{SEGMENT},{OTHER_SEGMENT}")
    counts = expect(response, SegmentCountHistoryList, 200).data
    assert [(c.attributes.segment_id, c.attributes.result_count) for c in counts] == [
        (SEGMENT, 1500),
        (OTHER_SEGMENT, 87),
    ]


@pytest.mark.operation("listSegmentV2CountHistory")
def test_count_history_of_a_segment(ac: ActiveCampaign) -> None:
    history = expect(call(ac, ac.segments_v2.list_segment_v2_count_history, SEGMENT), SegmentCountHistoryList, 200)
    assert [c.attributes.result_count for c in history.data] == [1500, 1461]


@pytest.mark.operation("listSegmentV2CountHistorySince")
def test_count_history_since_march(ac: ActiveCampaign) -> None:
    response = call(ac, ac.segments_v2.list_segment_v2_count_history_since, SEGMENT, 1740787200000)
    [count] = expect(response, SegmentCountHistoryList, 200).data
    assert count.attributes.timestamp == datetime.datetime(2025, 3, 1, 6, 0, tzinfo=datetime.UTC)
