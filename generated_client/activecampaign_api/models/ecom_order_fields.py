from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderFields")


@_attrs_define
class EcomOrderFields:
    """The writable attributes of an order; money amounts in cents."""

    externalid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    externalcheckoutid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    email: str | Unset = UNSET
    order_products: list[EcomOrderProductInput] | Unset = UNSET
    order_discounts: list[EcomOrderDiscountInput] | Unset = UNSET
    total_price: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    shipping_amount: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    tax_amount: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    discount_amount: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    currency: str | Unset = UNSET
    """ Three-letter ISO currency code, for example `USD`. """
    order_url: str | Unset = UNSET
    external_updated_date: str | Unset | None = UNSET
    """ When the order was last updated in the store. """
    abandoned_date: str | Unset | None = UNSET
    """ When the cart was abandoned; needed with `externalcheckoutid`. """
    shipping_method: str | Unset = UNSET
    order_number: str | Unset = UNSET
    """ The store's order number, which may differ from `externalid`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        externalid: int | str | Unset
        if isinstance(self.externalid, Unset):
            externalid = UNSET
        else:
            externalid = self.externalid

        externalcheckoutid: int | str | Unset
        if isinstance(self.externalcheckoutid, Unset):
            externalcheckoutid = UNSET
        else:
            externalcheckoutid = self.externalcheckoutid

        email = self.email

        order_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_products, Unset):
            order_products = []
            for order_products_item_data in self.order_products:
                order_products_item = order_products_item_data.to_dict()
                order_products.append(order_products_item)

        order_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_discounts, Unset):
            order_discounts = []
            for order_discounts_item_data in self.order_discounts:
                order_discounts_item = order_discounts_item_data.to_dict()
                order_discounts.append(order_discounts_item)

        total_price: float | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        shipping_amount: float | str | Unset
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = self.shipping_amount

        tax_amount: float | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        discount_amount: float | str | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        currency = self.currency

        order_url = self.order_url

        external_updated_date: str | Unset | None
        if isinstance(self.external_updated_date, Unset):
            external_updated_date = UNSET
        else:
            external_updated_date = self.external_updated_date

        abandoned_date: str | Unset | None
        if isinstance(self.abandoned_date, Unset):
            abandoned_date = UNSET
        else:
            abandoned_date = self.abandoned_date

        shipping_method = self.shipping_method

        order_number = self.order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if externalcheckoutid is not UNSET:
            field_dict["externalcheckoutid"] = externalcheckoutid
        if email is not UNSET:
            field_dict["email"] = email
        if order_products is not UNSET:
            field_dict["orderProducts"] = order_products
        if order_discounts is not UNSET:
            field_dict["orderDiscounts"] = order_discounts
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if shipping_amount is not UNSET:
            field_dict["shippingAmount"] = shipping_amount
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order_url is not UNSET:
            field_dict["orderUrl"] = order_url
        if external_updated_date is not UNSET:
            field_dict["externalUpdatedDate"] = external_updated_date
        if abandoned_date is not UNSET:
            field_dict["abandonedDate"] = abandoned_date
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order_fields = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order_fields.externalid = d.pop("externalid", UNSET)

            ecom_order_fields.externalcheckoutid = d.pop("externalcheckoutid", UNSET)

            ecom_order_fields.email = d.pop("email", UNSET)

            _order_products = d.pop("orderProducts", UNSET)
            order_products: list[EcomOrderProductInput] | Unset = UNSET
            if _order_products is not UNSET:
                order_products = []
                for order_products_item_data in _order_products:
                    order_products_item = EcomOrderProductInput.from_dict(order_products_item_data)

                    order_products.append(order_products_item)

            ecom_order_fields.order_products = order_products

            _order_discounts = d.pop("orderDiscounts", UNSET)
            order_discounts: list[EcomOrderDiscountInput] | Unset = UNSET
            if _order_discounts is not UNSET:
                order_discounts = []
                for order_discounts_item_data in _order_discounts:
                    order_discounts_item = EcomOrderDiscountInput.from_dict(order_discounts_item_data)

                    order_discounts.append(order_discounts_item)

            ecom_order_fields.order_discounts = order_discounts

            ecom_order_fields.total_price = d.pop("totalPrice", UNSET)

            ecom_order_fields.shipping_amount = d.pop("shippingAmount", UNSET)

            ecom_order_fields.tax_amount = d.pop("taxAmount", UNSET)

            ecom_order_fields.discount_amount = d.pop("discountAmount", UNSET)

            ecom_order_fields.currency = d.pop("currency", UNSET)

            ecom_order_fields.order_url = d.pop("orderUrl", UNSET)

            ecom_order_fields.external_updated_date = d.pop("externalUpdatedDate", UNSET)

            ecom_order_fields.abandoned_date = d.pop("abandonedDate", UNSET)

            ecom_order_fields.shipping_method = d.pop("shippingMethod", UNSET)

            ecom_order_fields.order_number = d.pop("orderNumber", UNSET)

            ecom_order_fields.additional_properties = d
            return ecom_order_fields
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


from ..models.ecom_order_discount_input import EcomOrderDiscountInput  # noqa: E402
from ..models.ecom_order_product_input import EcomOrderProductInput  # noqa: E402
