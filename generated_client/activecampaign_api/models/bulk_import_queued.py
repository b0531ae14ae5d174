from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BulkImportQueued")


@_attrs_define
class BulkImportQueued:
    """Acknowledgement of a queued batch."""

    success: int | Unset = UNSET
    """ 1 when the batch was queued (note the capital S). """
    queued_contacts: int | Unset = UNSET
    batch_id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        queued_contacts = self.queued_contacts

        batch_id = self.batch_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["Success"] = success
        if queued_contacts is not UNSET:
            field_dict["queued_contacts"] = queued_contacts
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            bulk_import_queued = cls.__new__(cls)
            d = dict(src_dict)
            bulk_import_queued.success = d.pop("Success", UNSET)

            bulk_import_queued.queued_contacts = d.pop("queued_contacts", UNSET)

            bulk_import_queued.batch_id = d.pop("batchId", UNSET)

            bulk_import_queued.message = d.pop("message", UNSET)

            bulk_import_queued.additional_properties = d
            return bulk_import_queued
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
