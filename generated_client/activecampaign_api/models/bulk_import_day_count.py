from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BulkImportDayCount")


@_attrs_define
class BulkImportDayCount:
    for_date: str | Unset | None = UNSET
    """ Day, as `YYYY-MM-DD`. """
    batches: str | Unset = UNSET
    contacts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        for_date: str | Unset | None
        if isinstance(self.for_date, Unset):
            for_date = UNSET
        else:
            for_date = self.for_date

        batches = self.batches

        contacts = self.contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if for_date is not UNSET:
            field_dict["forDate"] = for_date
        if batches is not UNSET:
            field_dict["batches"] = batches
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            bulk_import_day_count = cls.__new__(cls)
            d = dict(src_dict)
            bulk_import_day_count.for_date = d.pop("forDate", UNSET)

            bulk_import_day_count.batches = d.pop("batches", UNSET)

            bulk_import_day_count.contacts = d.pop("contacts", UNSET)

            bulk_import_day_count.additional_properties = d
            return bulk_import_day_count
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
