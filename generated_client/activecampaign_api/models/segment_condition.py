from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SegmentCondition")


@_attrs_define
class SegmentCondition:
    """One condition: which kind of record (`object_type`, for example `contact` or a custom object), from which system
    (`source_system`), and the field tests. The field tests and aggregates have many variants; they are kept as the API
    sends them.

    """

    id: str
    object_type: str
    source_system: str
    fields: list[SegmentConditionFieldsItem]
    field_aggregate: SegmentConditionFieldAggregate | Unset = UNSET
    meta: SegmentConditionMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_type = self.object_type

        source_system = self.source_system

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_aggregate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_aggregate, Unset):
            field_aggregate = self.field_aggregate.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object_type": object_type,
                "source_system": source_system,
                "fields": fields,
            }
        )
        if field_aggregate is not UNSET:
            field_dict["field_aggregate"] = field_aggregate
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            segment_condition = cls.__new__(cls)
            d = dict(src_dict)
            segment_condition.id = d.pop("id")

            segment_condition.object_type = d.pop("object_type")

            segment_condition.source_system = d.pop("source_system")

            fields = []
            _fields = d.pop("fields")
            for fields_item_data in _fields:
                fields_item = SegmentConditionFieldsItem.from_dict(fields_item_data)

                fields.append(fields_item)

            segment_condition.fields = fields

            _field_aggregate = d.pop("field_aggregate", UNSET)
            field_aggregate: SegmentConditionFieldAggregate | Unset
            if isinstance(_field_aggregate, Unset):
                field_aggregate = UNSET
            else:
                field_aggregate = SegmentConditionFieldAggregate.from_dict(_field_aggregate)

            segment_condition.field_aggregate = field_aggregate

            _meta = d.pop("meta", UNSET)
            meta: SegmentConditionMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = SegmentConditionMeta.from_dict(_meta)

            segment_condition.meta = meta

            segment_condition.additional_properties = d
            return segment_condition
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

    def page_items(self) -> list[SegmentConditionFieldsItem]:
        """The items of this page (`fields`)."""
        return self.fields


from ..models.segment_condition_field_aggregate import SegmentConditionFieldAggregate  # noqa: E402
from ..models.segment_condition_fields_item import SegmentConditionFieldsItem  # noqa: E402
from ..models.segment_condition_meta import SegmentConditionMeta  # noqa: E402
