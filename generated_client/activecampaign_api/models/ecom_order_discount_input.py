from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.ecom_order_discount_input_type import EcomOrderDiscountInputType, check_ecom_order_discount_input_type
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderDiscountInput")


@_attrs_define
class EcomOrderDiscountInput:
    """A discount sent with an order."""

    name: str | Unset = UNSET
    """ Discount code or name. """
    type_: EcomOrderDiscountInputType | Unset = UNSET
    """ `order` for a discount on the order, `shipping` for free shipping. """
    discount_amount: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        discount_amount: float | str | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order_discount_input = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order_discount_input.name = d.pop("name", UNSET)

            _type_ = d.pop("type", UNSET)
            type_: EcomOrderDiscountInputType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_ecom_order_discount_input_type(_type_)

            ecom_order_discount_input.type_ = type_

            ecom_order_discount_input.discount_amount = d.pop("discountAmount", UNSET)

            ecom_order_discount_input.additional_properties = d
            return ecom_order_discount_input
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
