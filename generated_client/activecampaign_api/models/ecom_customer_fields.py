from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.ecom_customer_fields_accepts_marketing import (
    EcomCustomerFieldsAcceptsMarketing,
    check_ecom_customer_fields_accepts_marketing,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomCustomerFields")


@_attrs_define
class EcomCustomerFields:
    """The writable attributes of an ecommerce customer."""

    connectionid: int | str | Unset = UNSET
    """ An id sent to the API. Responses always carry ids as strings of digits; requests accept either that string
    or the plain number. """
    externalid: str | Unset = UNSET
    """ Id of the customer in the external service. """
    email: str | Unset = UNSET
    accepts_marketing: EcomCustomerFieldsAcceptsMarketing | Unset = UNSET
    """ 1 when the customer opted in to marketing (matches the "has opted in to marketing" segment condition), 0
    when not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connectionid: int | str | Unset
        if isinstance(self.connectionid, Unset):
            connectionid = UNSET
        else:
            connectionid = self.connectionid

        externalid = self.externalid

        email = self.email

        accepts_marketing: str | Unset = UNSET
        if not isinstance(self.accepts_marketing, Unset):
            accepts_marketing = self.accepts_marketing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connectionid is not UNSET:
            field_dict["connectionid"] = connectionid
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if email is not UNSET:
            field_dict["email"] = email
        if accepts_marketing is not UNSET:
            field_dict["acceptsMarketing"] = accepts_marketing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_customer_fields = cls.__new__(cls)
            d = dict(src_dict)
            ecom_customer_fields.connectionid = d.pop("connectionid", UNSET)

            ecom_customer_fields.externalid = d.pop("externalid", UNSET)

            ecom_customer_fields.email = d.pop("email", UNSET)

            _accepts_marketing = d.pop("acceptsMarketing", UNSET)
            accepts_marketing: EcomCustomerFieldsAcceptsMarketing | Unset
            if isinstance(_accepts_marketing, Unset):
                accepts_marketing = UNSET
            else:
                accepts_marketing = check_ecom_customer_fields_accepts_marketing(_accepts_marketing)

            ecom_customer_fields.accepts_marketing = accepts_marketing

            ecom_customer_fields.additional_properties = d
            return ecom_customer_fields
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
