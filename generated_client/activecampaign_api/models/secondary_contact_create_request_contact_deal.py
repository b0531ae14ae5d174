from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="SecondaryContactCreateRequestContactDeal")


@_attrs_define
class SecondaryContactCreateRequestContactDeal:
    deal: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    contact: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    role: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal: int | str
        deal = self.deal

        contact: int | str
        contact = self.contact

        role: int | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deal": deal,
                "contact": contact,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            secondary_contact_create_request_contact_deal = cls.__new__(cls)
            d = dict(src_dict)
            secondary_contact_create_request_contact_deal.deal = d.pop("deal")

            secondary_contact_create_request_contact_deal.contact = d.pop("contact")

            secondary_contact_create_request_contact_deal.role = d.pop("role", UNSET)

            secondary_contact_create_request_contact_deal.additional_properties = d
            return secondary_contact_create_request_contact_deal
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
