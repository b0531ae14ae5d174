from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BulkImportStatusList")


@_attrs_define
class BulkImportStatusList:
    outstanding: list[BulkImportDayCount] | Unset = UNSET
    recently_completed: list[BulkImportDayCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outstanding: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outstanding, Unset):
            outstanding = []
            for outstanding_item_data in self.outstanding:
                outstanding_item = outstanding_item_data.to_dict()
                outstanding.append(outstanding_item)

        recently_completed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recently_completed, Unset):
            recently_completed = []
            for recently_completed_item_data in self.recently_completed:
                recently_completed_item = recently_completed_item_data.to_dict()
                recently_completed.append(recently_completed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outstanding is not UNSET:
            field_dict["outstanding"] = outstanding
        if recently_completed is not UNSET:
            field_dict["recentlyCompleted"] = recently_completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            bulk_import_status_list = cls.__new__(cls)
            d = dict(src_dict)
            _outstanding = d.pop("outstanding", UNSET)
            outstanding: list[BulkImportDayCount] | Unset = UNSET
            if _outstanding is not UNSET:
                outstanding = []
                for outstanding_item_data in _outstanding:
                    outstanding_item = BulkImportDayCount.from_dict(outstanding_item_data)

                    outstanding.append(outstanding_item)

            bulk_import_status_list.outstanding = outstanding

            _recently_completed = d.pop("recentlyCompleted", UNSET)
            recently_completed: list[BulkImportDayCount] | Unset = UNSET
            if _recently_completed is not UNSET:
                recently_completed = []
                for recently_completed_item_data in _recently_completed:
                    recently_completed_item = BulkImportDayCount.from_dict(recently_completed_item_data)

                    recently_completed.append(recently_completed_item)

            bulk_import_status_list.recently_completed = recently_completed

            bulk_import_status_list.additional_properties = d
            return bulk_import_status_list
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


from ..models.bulk_import_day_count import BulkImportDayCount  # noqa: E402
