from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.list_status_input_type_0 import ListStatusInputType0, check_list_status_input_type_0
from ..models.list_status_input_type_1 import ListStatusInputType1, check_list_status_input_type_1
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactListStatusRequestContactList")


@_attrs_define
class ContactListStatusRequestContactList:
    list_: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    contact: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    status: ListStatusInputType0 | ListStatusInputType1
    """ List status to set, as a number or a string of digits (1 active, 2 unsubscribed). """
    sourceid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_: int | str
        list_ = self.list_

        contact: int | str
        contact = self.contact

        status: int | str
        if isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        sourceid: int | str | Unset
        if isinstance(self.sourceid, Unset):
            sourceid = UNSET
        else:
            sourceid = self.sourceid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
                "contact": contact,
                "status": status,
            }
        )
        if sourceid is not UNSET:
            field_dict["sourceid"] = sourceid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_list_status_request_contact_list = cls.__new__(cls)
            d = dict(src_dict)
            contact_list_status_request_contact_list.list_ = d.pop("list")

            contact_list_status_request_contact_list.contact = d.pop("contact")

            def _parse_status(data: object) -> ListStatusInputType0 | ListStatusInputType1:
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_list_status_input_type_0 = check_list_status_input_type_0(data)

                    return componentsschemas_list_status_input_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_list_status_input_type_1 = check_list_status_input_type_1(data)

                return componentsschemas_list_status_input_type_1

            status = _parse_status(d.pop("status"))

            contact_list_status_request_contact_list.status = status

            contact_list_status_request_contact_list.sourceid = d.pop("sourceid", UNSET)

            contact_list_status_request_contact_list.additional_properties = d
            return contact_list_status_request_contact_list
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
