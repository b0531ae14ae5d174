from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.ecom_order_create_fields_source_type_0 import (
    EcomOrderCreateFieldsSourceType0,
    check_ecom_order_create_fields_source_type_0,
)
from ..models.ecom_order_create_fields_source_type_1 import (
    EcomOrderCreateFieldsSourceType1,
    check_ecom_order_create_fields_source_type_1,
)
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderCreateFields")


@_attrs_define
class EcomOrderCreateFields:
    email: str
    total_price: float | str
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    currency: str
    """ Three-letter ISO currency code, for example `USD`. """
    source: EcomOrderCreateFieldsSourceType0 | EcomOrderCreateFieldsSourceType1
    """ 0 historical (imported), 1 real-time; a number or a string of digits. """
    connectionid: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    customerid: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    external_created_date: str | None
    """ When the order was placed in the store. """
    externalid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    externalcheckoutid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    order_products: list[EcomOrderProductInput] | Unset = UNSET
    order_discounts: list[EcomOrderDiscountInput] | Unset = UNSET
    shipping_amount: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    tax_amount: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
    discount_amount: float | str | Unset = UNSET
    """ An amount (a `Money`) sent to the API, as a JSON number (integer or float, for example `156.24`) or as a
    numeric string. """
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
        email = self.email

        total_price: float | str
        total_price = self.total_price

        currency = self.currency

        source: int | str
        if isinstance(self.source, int):
            source = self.source
        else:
            source = self.source

        connectionid: int | str
        connectionid = self.connectionid

        customerid: int | str
        customerid = self.customerid

        external_created_date: str | None
        external_created_date = self.external_created_date

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
        field_dict.update(
            {
                "email": email,
                "totalPrice": total_price,
                "currency": currency,
                "source": source,
                "connectionid": connectionid,
                "customerid": customerid,
                "externalCreatedDate": external_created_date,
            }
        )
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if externalcheckoutid is not UNSET:
            field_dict["externalcheckoutid"] = externalcheckoutid
        if order_products is not UNSET:
            field_dict["orderProducts"] = order_products
        if order_discounts is not UNSET:
            field_dict["orderDiscounts"] = order_discounts
        if shipping_amount is not UNSET:
            field_dict["shippingAmount"] = shipping_amount
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
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
            ecom_order_create_fields = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order_create_fields.email = d.pop("email")

            ecom_order_create_fields.total_price = d.pop("totalPrice")

            ecom_order_create_fields.currency = d.pop("currency")

            def _parse_source(data: object) -> EcomOrderCreateFieldsSourceType0 | EcomOrderCreateFieldsSourceType1:
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    source_type_0 = check_ecom_order_create_fields_source_type_0(data)

                    return source_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = check_ecom_order_create_fields_source_type_1(data)

                return source_type_1

            source = _parse_source(d.pop("source"))

            ecom_order_create_fields.source = source

            ecom_order_create_fields.connectionid = d.pop("connectionid")

            ecom_order_create_fields.customerid = d.pop("customerid")

            ecom_order_create_fields.external_created_date = d.pop("externalCreatedDate")

            ecom_order_create_fields.externalid = d.pop("externalid", UNSET)

            ecom_order_create_fields.externalcheckoutid = d.pop("externalcheckoutid", UNSET)

            _order_products = d.pop("orderProducts", UNSET)
            order_products: list[EcomOrderProductInput] | Unset = UNSET
            if _order_products is not UNSET:
                order_products = []
                for order_products_item_data in _order_products:
                    order_products_item = EcomOrderProductInput.from_dict(order_products_item_data)

                    order_products.append(order_products_item)

            ecom_order_create_fields.order_products = order_products

            _order_discounts = d.pop("orderDiscounts", UNSET)
            order_discounts: list[EcomOrderDiscountInput] | Unset = UNSET
            if _order_discounts is not UNSET:
                order_discounts = []
                for order_discounts_item_data in _order_discounts:
                    order_discounts_item = EcomOrderDiscountInput.from_dict(order_discounts_item_data)

                    order_discounts.append(order_discounts_item)

            ecom_order_create_fields.order_discounts = order_discounts

            ecom_order_create_fields.shipping_amount = d.pop("shippingAmount", UNSET)

            ecom_order_create_fields.tax_amount = d.pop("taxAmount", UNSET)

            ecom_order_create_fields.discount_amount = d.pop("discountAmount", UNSET)

            ecom_order_create_fields.order_url = d.pop("orderUrl", UNSET)

            ecom_order_create_fields.external_updated_date = d.pop("externalUpdatedDate", UNSET)

            ecom_order_create_fields.abandoned_date = d.pop("abandonedDate", UNSET)

            ecom_order_create_fields.shipping_method = d.pop("shippingMethod", UNSET)

            ecom_order_create_fields.order_number = d.pop("orderNumber", UNSET)

            ecom_order_create_fields.additional_properties = d
            return ecom_order_create_fields
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
