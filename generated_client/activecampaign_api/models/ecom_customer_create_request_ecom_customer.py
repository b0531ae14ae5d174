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

T = TypeVar("T", bound="EcomCustomerCreateRequestEcomCustomer")


@_attrs_define
class EcomCustomerCreateRequestEcomCustomer:
    connectionid: int | str
    """ An id sent to the API. Responses always carry ids as strings of digits; requests accept either that string
    or the plain number. """
    externalid: str
    """ Id of the customer in the external service. """
    email: str
    accepts_marketing: EcomCustomerFieldsAcceptsMarketing | Unset = UNSET
    """ 1 when the customer opted in to marketing (matches the "has opted in to marketing" segment condition), 0
    when not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connectionid: int | str
        connectionid = self.connectionid

        externalid = self.externalid

        email = self.email

        accepts_marketing: str | Unset = UNSET
        if not isinstance(self.accepts_marketing, Unset):
            accepts_marketing = self.accepts_marketing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionid": connectionid,
                "externalid": externalid,
                "email": email,
            }
        )
        if accepts_marketing is not UNSET:
            field_dict["acceptsMarketing"] = accepts_marketing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_customer_create_request_ecom_customer = cls.__new__(cls)
            d = dict(src_dict)
            ecom_customer_create_request_ecom_customer.connectionid = d.pop("connectionid")

            ecom_customer_create_request_ecom_customer.externalid = d.pop("externalid")

            ecom_customer_create_request_ecom_customer.email = d.pop("email")

            _accepts_marketing = d.pop("acceptsMarketing", UNSET)
            accepts_marketing: EcomCustomerFieldsAcceptsMarketing | Unset
            if isinstance(_accepts_marketing, Unset):
                accepts_marketing = UNSET
            else:
                accepts_marketing = check_ecom_customer_fields_accepts_marketing(_accepts_marketing)

            ecom_customer_create_request_ecom_customer.accepts_marketing = accepts_marketing

            ecom_customer_create_request_ecom_customer.additional_properties = d
            return ecom_customer_create_request_ecom_customer
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
