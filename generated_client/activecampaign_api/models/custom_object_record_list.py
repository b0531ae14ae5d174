from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectRecordList")


@_attrs_define
class CustomObjectRecordList:
    records: list[CustomObjectRecord]
    meta: CustomObjectPageMeta | Unset = UNSET
    """ Paging information of custom object lists; numbers, unlike other lists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_record_list = cls.__new__(cls)
            d = dict(src_dict)
            records = []
            _records = d.pop("records")
            for records_item_data in _records:
                records_item = CustomObjectRecord.from_dict(records_item_data)

                records.append(records_item)

            custom_object_record_list.records = records

            _meta = d.pop("meta", UNSET)
            meta: CustomObjectPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = CustomObjectPageMeta.from_dict(_meta)

            custom_object_record_list.meta = meta

            custom_object_record_list.additional_properties = d
            return custom_object_record_list
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

    def page_items(self) -> list[CustomObjectRecord]:
        """The items of this page (`records`)."""
        return self.records


from ..models.custom_object_page_meta import CustomObjectPageMeta  # noqa: E402
from ..models.custom_object_record import CustomObjectRecord  # noqa: E402
