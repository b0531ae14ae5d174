from typing import Literal

SegmentMatchSomeRequestDataAttributesSegmentRelationship = Literal["or"]

SEGMENT_MATCH_SOME_REQUEST_DATA_ATTRIBUTES_SEGMENT_RELATIONSHIP_VALUES: set[
    SegmentMatchSomeRequestDataAttributesSegmentRelationship
] = {
    "or",
}


def check_segment_match_some_request_data_attributes_segment_relationship(
    value: str,
) -> SegmentMatchSomeRequestDataAttributesSegmentRelationship:
    if value in SEGMENT_MATCH_SOME_REQUEST_DATA_ATTRIBUTES_SEGMENT_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEGMENT_MATCH_SOME_REQUEST_DATA_ATTRIBUTES_SEGMENT_RELATIONSHIP_VALUES!r}"
    )
