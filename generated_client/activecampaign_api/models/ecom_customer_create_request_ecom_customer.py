from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomCustomerCreateRequestEcomCustomer")


@_attrs_define
class EcomCustomerCreateRequestEcomCustomer:
    connectionid: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    externalid: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    email: str
    accepts_marketing: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connectionid: int | str
        connectionid = self.connectionid

        externalid: int | str
        externalid = self.externalid

        email = self.email

        accepts_marketing: bool | int | str | Unset
        if isinstance(self.accepts_marketing, Unset):
            accepts_marketing = UNSET
        elif isinstance(self.accepts_marketing, int) or isinstance(self.accepts_marketing, str):
            accepts_marketing = self.accepts_marketing
        else:
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

            def _parse_accepts_marketing(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            accepts_marketing = _parse_accepts_marketing(d.pop("acceptsMarketing", UNSET))

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
