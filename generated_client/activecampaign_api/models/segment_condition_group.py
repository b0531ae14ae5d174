from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.segment_condition_group_operator import (
    SegmentConditionGroupOperator,
    check_segment_condition_group_operator,
)
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SegmentConditionGroup")


@_attrs_define
class SegmentConditionGroup:
    """Conditions combined with one operator."""

    id: str
    operator: SegmentConditionGroupOperator
    values: list[SegmentConditionGroupMember]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        operator: str = self.operator

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "operator": operator,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment_condition_group = cls.__new__(cls)
            d = dict(src_dict)
            segment_condition_group.id = d.pop("id")

            operator = check_segment_condition_group_operator(d.pop("operator"))

            segment_condition_group.operator = operator

            values = []
            _values = d.pop("values")
            for values_item_data in _values:
                values_item = SegmentConditionGroupMember.from_dict(values_item_data)

                values.append(values_item)

            segment_condition_group.values = values

            segment_condition_group.additional_properties = d
            return segment_condition_group
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


from ..models.segment_condition_group_member import SegmentConditionGroupMember  # noqa: E402
