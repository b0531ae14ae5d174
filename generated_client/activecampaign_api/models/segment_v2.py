from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.segment_v2_category import SegmentV2Category, check_segment_v2_category
from ..models.segment_v2_segment_condition_group_operator import (
    SegmentV2SegmentConditionGroupOperator,
    check_segment_v2_segment_condition_group_operator,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SegmentV2")


@_attrs_define
class SegmentV2:
    """One version of a segment."""

    segment_condition_group_operator: SegmentV2SegmentConditionGroupOperator
    """ How the condition groups combine. """
    segment_condition_groups: list[SegmentConditionGroup]
    segment_conditions: list[SegmentCondition]
    segment_id: str | Unset = UNSET
    """ Set by the service. """
    segment_hash: str | Unset = UNSET
    """ Fingerprint of the conditions; set by the service. """
    user_id: str | Unset = UNSET
    """ The user who saved this version. """
    name: str | Unset = UNSET
    """ Makes the segment a saved one (listed as an audience); unique. Only settable when creating. """
    description: str | Unset = UNSET
    category: SegmentV2Category | Unset = UNSET
    created_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    meta: SegmentV2Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_condition_group_operator: str = self.segment_condition_group_operator

        segment_condition_groups = []
        for segment_condition_groups_item_data in self.segment_condition_groups:
            segment_condition_groups_item = segment_condition_groups_item_data.to_dict()
            segment_condition_groups.append(segment_condition_groups_item)

        segment_conditions = []
        for segment_conditions_item_data in self.segment_conditions:
            segment_conditions_item = segment_conditions_item_data.to_dict()
            segment_conditions.append(segment_conditions_item)

        segment_id = self.segment_id

        segment_hash = self.segment_hash

        user_id = self.user_id

        name = self.name

        description = self.description

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        created_date: str | Unset | None
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment_condition_group_operator": segment_condition_group_operator,
                "segment_condition_groups": segment_condition_groups,
                "segment_conditions": segment_conditions,
            }
        )
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if segment_hash is not UNSET:
            field_dict["segment_hash"] = segment_hash
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment_v2 = cls.__new__(cls)
            d = dict(src_dict)
            segment_condition_group_operator = check_segment_v2_segment_condition_group_operator(
                d.pop("segment_condition_group_operator")
            )

            segment_v2.segment_condition_group_operator = segment_condition_group_operator

            segment_condition_groups = []
            _segment_condition_groups = d.pop("segment_condition_groups")
            for segment_condition_groups_item_data in _segment_condition_groups:
                segment_condition_groups_item = SegmentConditionGroup.from_dict(segment_condition_groups_item_data)

                segment_condition_groups.append(segment_condition_groups_item)

            segment_v2.segment_condition_groups = segment_condition_groups

            segment_conditions = []
            _segment_conditions = d.pop("segment_conditions")
            for segment_conditions_item_data in _segment_conditions:
                segment_conditions_item = SegmentCondition.from_dict(segment_conditions_item_data)

                segment_conditions.append(segment_conditions_item)

            segment_v2.segment_conditions = segment_conditions

            segment_v2.segment_id = d.pop("segment_id", UNSET)

            segment_v2.segment_hash = d.pop("segment_hash", UNSET)

            segment_v2.user_id = d.pop("user_id", UNSET)

            segment_v2.name = d.pop("name", UNSET)

            segment_v2.description = d.pop("description", UNSET)

            _category = d.pop("category", UNSET)
            category: SegmentV2Category | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = check_segment_v2_category(_category)

            segment_v2.category = category

            def _parse_created_date(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            created_date = _parse_created_date(d.pop("created_date", UNSET))

            segment_v2.created_date = created_date

            _meta = d.pop("meta", UNSET)
            meta: SegmentV2Meta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = SegmentV2Meta.from_dict(_meta)

            segment_v2.meta = meta

            segment_v2.additional_properties = d
            return segment_v2
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

    def page_items(self) -> list[SegmentConditionGroup]:
        """The items of this page (`segment_condition_groups`)."""
        return self.segment_condition_groups


from ..models.segment_condition import SegmentCondition  # noqa: E402
from ..models.segment_condition_group import SegmentConditionGroup  # noqa: E402
from ..models.segment_v2_meta import SegmentV2Meta  # noqa: E402
