from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="BulkImportRequest")


@_attrs_define
class BulkImportRequest:
    contacts: list[BulkImportContact]
    callback: BulkImportCallback | Unset = UNSET
    """ A URL the API calls when the batch has been processed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        callback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback, Unset):
            callback = self.callback.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
            }
        )
        if callback is not UNSET:
            field_dict["callback"] = callback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            bulk_import_request = cls.__new__(cls)
            d = dict(src_dict)
            contacts = []
            _contacts = d.pop("contacts")
            for contacts_item_data in _contacts:
                contacts_item = BulkImportContact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

            bulk_import_request.contacts = contacts

            _callback = d.pop("callback", UNSET)
            callback: BulkImportCallback | Unset
            if isinstance(_callback, Unset):
                callback = UNSET
            else:
                callback = BulkImportCallback.from_dict(_callback)

            bulk_import_request.callback = callback

            bulk_import_request.additional_properties = d
            return bulk_import_request
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


from ..models.bulk_import_callback import BulkImportCallback  # noqa: E402
from ..models.bulk_import_contact import BulkImportContact  # noqa: E402
