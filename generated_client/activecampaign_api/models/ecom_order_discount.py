from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderDiscount")


@_attrs_define
class EcomOrderDiscount:
    """A discount applied to an order."""

    id: str
    name: str | Unset = UNSET
    """ Discount code or name. """
    type_: str | Unset = UNSET
    """ `order` for a discount on the order, `shipping` for free shipping. """
    orderid: str | Unset = UNSET
    discount_amount: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    created_date: str | Unset | None = UNSET
    updated_date: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        orderid = self.orderid

        discount_amount: int | str | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        created_date: str | Unset | None
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        else:
            created_date = self.created_date

        updated_date: str | Unset | None
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        else:
            updated_date = self.updated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if orderid is not UNSET:
            field_dict["orderid"] = orderid
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order_discount = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order_discount.id = d.pop("id")

            ecom_order_discount.name = d.pop("name", UNSET)

            ecom_order_discount.type_ = d.pop("type", UNSET)

            ecom_order_discount.orderid = d.pop("orderid", UNSET)

            ecom_order_discount.discount_amount = d.pop("discountAmount", UNSET)

            ecom_order_discount.created_date = d.pop("createdDate", UNSET)

            ecom_order_discount.updated_date = d.pop("updatedDate", UNSET)

            ecom_order_discount.additional_properties = d
            return ecom_order_discount
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
