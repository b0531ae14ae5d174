from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealBulkUpdateResult")


@_attrs_define
class DealBulkUpdateResult:
    """Deal ids sorted by outcome."""

    success: list[str] | Unset = UNSET
    """ Deals whose owner changed. """
    nochange: list[str] | Unset = UNSET
    """ Deals that already had that owner. """
    failed: list[str] | Unset = UNSET
    """ Deals that could not be changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: list[str] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success

        nochange: list[str] | Unset = UNSET
        if not isinstance(self.nochange, Unset):
            nochange = self.nochange

        failed: list[str] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if nochange is not UNSET:
            field_dict["nochange"] = nochange
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_bulk_update_result = cls.__new__(cls)
            d = dict(src_dict)
            deal_bulk_update_result.success = d.pop("success", UNSET)

            deal_bulk_update_result.nochange = d.pop("nochange", UNSET)

            deal_bulk_update_result.failed = d.pop("failed", UNSET)

            deal_bulk_update_result.additional_properties = d
            return deal_bulk_update_result
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
