from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.segment_match_some_request_data_attributes_group_operator import (
    SegmentMatchSomeRequestDataAttributesGroupOperator,
    check_segment_match_some_request_data_attributes_group_operator,
)
from ..models.segment_match_some_request_data_attributes_segment_relationship import (
    SegmentMatchSomeRequestDataAttributesSegmentRelationship,
    check_segment_match_some_request_data_attributes_segment_relationship,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SegmentMatchSomeRequestDataAttributes")


@_attrs_define
class SegmentMatchSomeRequestDataAttributes:
    group_operator: SegmentMatchSomeRequestDataAttributesGroupOperator
    conditions: SegmentCondition
    """ One condition: which kind of record (`object_type`, for example `contact` or a custom object), from which
    system (`source_system`), and the field tests. The field tests and aggregates have many variants; they are kept
    as the API sends them. """
    external_id: str | Unset = UNSET
    """ Evaluate against this related record. """
    limit: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    segment_relationship: SegmentMatchSomeRequestDataAttributesSegmentRelationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_operator: str = self.group_operator

        conditions = self.conditions.to_dict()

        external_id = self.external_id

        limit: int | str | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        segment_relationship: str | Unset = UNSET
        if not isinstance(self.segment_relationship, Unset):
            segment_relationship = self.segment_relationship

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_operator": group_operator,
                "conditions": conditions,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if segment_relationship is not UNSET:
            field_dict["segment_relationship"] = segment_relationship

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment_match_some_request_data_attributes = cls.__new__(cls)
            d = dict(src_dict)
            group_operator = check_segment_match_some_request_data_attributes_group_operator(d.pop("group_operator"))

            segment_match_some_request_data_attributes.group_operator = group_operator

            conditions = SegmentCondition.from_dict(d.pop("conditions"))

            segment_match_some_request_data_attributes.conditions = conditions

            segment_match_some_request_data_attributes.external_id = d.pop("external_id", UNSET)

            segment_match_some_request_data_attributes.limit = d.pop("limit", UNSET)

            _segment_relationship = d.pop("segment_relationship", UNSET)
            segment_relationship: SegmentMatchSomeRequestDataAttributesSegmentRelationship | Unset
            if isinstance(_segment_relationship, Unset):
                segment_relationship = UNSET
            else:
                segment_relationship = check_segment_match_some_request_data_attributes_segment_relationship(
                    _segment_relationship
                )

            segment_match_some_request_data_attributes.segment_relationship = segment_relationship

            segment_match_some_request_data_attributes.additional_properties = d
            return segment_match_some_request_data_attributes
        except _ParseError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise _ParseError(cls.__name__, exc) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return _model_repr(self)


from ..models.segment_condition import SegmentCondition  # noqa: E402
