from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderProductInput")


@_attrs_define
class EcomOrderProductInput:
    """A line item sent with an order."""

    externalid: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    name: str
    price: float | str
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    quantity: int | str
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    category: str | Unset = UNSET
    sku: str | Unset = UNSET
    description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    product_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        externalid: int | str
        externalid = self.externalid

        name = self.name

        price: float | str
        price = self.price

        quantity: int | str
        quantity = self.quantity

        category = self.category

        sku = self.sku

        description = self.description

        image_url = self.image_url

        product_url = self.product_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalid": externalid,
                "name": name,
                "price": price,
                "quantity": quantity,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if sku is not UNSET:
            field_dict["sku"] = sku
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if product_url is not UNSET:
            field_dict["productUrl"] = product_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order_product_input = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order_product_input.externalid = d.pop("externalid")

            ecom_order_product_input.name = d.pop("name")

            ecom_order_product_input.price = d.pop("price")

            ecom_order_product_input.quantity = d.pop("quantity")

            ecom_order_product_input.category = d.pop("category", UNSET)

            ecom_order_product_input.sku = d.pop("sku", UNSET)

            ecom_order_product_input.description = d.pop("description", UNSET)

            ecom_order_product_input.image_url = d.pop("imageUrl", UNSET)

            ecom_order_product_input.product_url = d.pop("productUrl", UNSET)

            ecom_order_product_input.additional_properties = d
            return ecom_order_product_input
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
