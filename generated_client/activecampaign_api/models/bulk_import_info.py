from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BulkImportInfo")


@_attrs_define
class BulkImportInfo:
    """Progress of one batch."""

    status: str | Unset = UNSET
    """ For example `completed`. """
    success: list[str] | Unset = UNSET
    """ Ids of the contacts imported. """
    failure: list[str] | Unset = UNSET
    """ Email addresses of the rows that failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        success: list[str] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success

        failure: list[str] | Unset = UNSET
        if not isinstance(self.failure, Unset):
            failure = self.failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if success is not UNSET:
            field_dict["success"] = success
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            bulk_import_info = cls.__new__(cls)
            d = dict(src_dict)
            bulk_import_info.status = d.pop("status", UNSET)

            bulk_import_info.success = d.pop("success", UNSET)

            bulk_import_info.failure = d.pop("failure", UNSET)

            bulk_import_info.additional_properties = d
            return bulk_import_info
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
