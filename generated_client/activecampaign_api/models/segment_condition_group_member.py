from __future__ import annotations

from ..decoding import Model as _Model


class SegmentConditionGroupMember(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A model of the API's answers."""

    type_: SegmentConditionGroupMemberType
    id: str
    """ The `id` of a condition in `segment_conditions`. """


from .segment_condition_group_member_type import SegmentConditionGroupMemberType  # noqa: E402
