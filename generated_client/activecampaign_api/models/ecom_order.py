from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrder")


@_attrs_define
class EcomOrder:
    """An order or abandoned cart as the API returns it."""

    id: str
    externalid: str | Unset | None = UNSET
    """ Id of the order in the external service; null for carts. """
    externalcheckoutid: str | Unset | None = UNSET
    """ Id of the cart in the external service; null for plain orders. """
    order_number: str | Unset | None = UNSET
    source: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    state: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    email: str | Unset = UNSET
    currency: str | Unset = UNSET
    """ Three-letter currency code. """
    connectionid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    connection: str | Unset | None = UNSET
    customerid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    customer: str | Unset | None = UNSET
    total_price: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    shipping_amount: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    tax_amount: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    discount_amount: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    total_products: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    shipping_method: str | Unset | None = UNSET
    order_url: str | Unset | None = UNSET
    external_created_date: str | Unset | None = UNSET
    """ When the order was placed in the store. """
    external_updated_date: str | Unset | None = UNSET
    """ When the order was last updated in the store. """
    abandoned_date: str | Unset | None = UNSET
    """ When the cart was abandoned; null for orders. """
    order_date: str | Unset | None = UNSET
    created_date: str | Unset | None = UNSET
    """ When the order was created in ActiveCampaign (not always valid ISO 8601). """
    updated_date: str | Unset | None = UNSET
    """ When the order was last updated in ActiveCampaign (not always valid ISO 8601). """
    tstamp: str | Unset | None = UNSET
    order_products: list[str] | Unset = UNSET
    """ Ids of the order's line items. """
    order_discounts: list[str] | Unset = UNSET
    """ Ids of the order's discounts. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        externalid: str | Unset | None
        if isinstance(self.externalid, Unset):
            externalid = UNSET
        else:
            externalid = self.externalid

        externalcheckoutid: str | Unset | None
        if isinstance(self.externalcheckoutid, Unset):
            externalcheckoutid = UNSET
        else:
            externalcheckoutid = self.externalcheckoutid

        order_number: str | Unset | None
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        source: int | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        state: int | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        email = self.email

        currency = self.currency

        connectionid: int | str | Unset
        if isinstance(self.connectionid, Unset):
            connectionid = UNSET
        else:
            connectionid = self.connectionid

        connection: str | Unset | None
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        customerid: int | str | Unset
        if isinstance(self.customerid, Unset):
            customerid = UNSET
        else:
            customerid = self.customerid

        customer: str | Unset | None
        if isinstance(self.customer, Unset):
            customer = UNSET
        else:
            customer = self.customer

        total_price: int | str | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        shipping_amount: int | str | Unset
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = self.shipping_amount

        tax_amount: int | str | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        discount_amount: int | str | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        total_products: int | str | Unset
        if isinstance(self.total_products, Unset):
            total_products = UNSET
        else:
            total_products = self.total_products

        shipping_method: str | Unset | None
        if isinstance(self.shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = self.shipping_method

        order_url: str | Unset | None
        if isinstance(self.order_url, Unset):
            order_url = UNSET
        else:
            order_url = self.order_url

        external_created_date: str | Unset | None
        if isinstance(self.external_created_date, Unset):
            external_created_date = UNSET
        else:
            external_created_date = self.external_created_date

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

        order_date: str | Unset | None
        if isinstance(self.order_date, Unset):
            order_date = UNSET
        else:
            order_date = self.order_date

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

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        else:
            tstamp = self.tstamp

        order_products: list[str] | Unset = UNSET
        if not isinstance(self.order_products, Unset):
            order_products = self.order_products

        order_discounts: list[str] | Unset = UNSET
        if not isinstance(self.order_discounts, Unset):
            order_discounts = self.order_discounts

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if externalcheckoutid is not UNSET:
            field_dict["externalcheckoutid"] = externalcheckoutid
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if source is not UNSET:
            field_dict["source"] = source
        if state is not UNSET:
            field_dict["state"] = state
        if email is not UNSET:
            field_dict["email"] = email
        if currency is not UNSET:
            field_dict["currency"] = currency
        if connectionid is not UNSET:
            field_dict["connectionid"] = connectionid
        if connection is not UNSET:
            field_dict["connection"] = connection
        if customerid is not UNSET:
            field_dict["customerid"] = customerid
        if customer is not UNSET:
            field_dict["customer"] = customer
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if shipping_amount is not UNSET:
            field_dict["shippingAmount"] = shipping_amount
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if total_products is not UNSET:
            field_dict["totalProducts"] = total_products
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if order_url is not UNSET:
            field_dict["orderUrl"] = order_url
        if external_created_date is not UNSET:
            field_dict["externalCreatedDate"] = external_created_date
        if external_updated_date is not UNSET:
            field_dict["externalUpdatedDate"] = external_updated_date
        if abandoned_date is not UNSET:
            field_dict["abandonedDate"] = abandoned_date
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if order_products is not UNSET:
            field_dict["orderProducts"] = order_products
        if order_discounts is not UNSET:
            field_dict["orderDiscounts"] = order_discounts
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order.id = d.pop("id")

            ecom_order.externalid = d.pop("externalid", UNSET)

            ecom_order.externalcheckoutid = d.pop("externalcheckoutid", UNSET)

            ecom_order.order_number = d.pop("orderNumber", UNSET)

            ecom_order.source = d.pop("source", UNSET)

            ecom_order.state = d.pop("state", UNSET)

            ecom_order.email = d.pop("email", UNSET)

            ecom_order.currency = d.pop("currency", UNSET)

            ecom_order.connectionid = d.pop("connectionid", UNSET)

            ecom_order.connection = d.pop("connection", UNSET)

            ecom_order.customerid = d.pop("customerid", UNSET)

            ecom_order.customer = d.pop("customer", UNSET)

            ecom_order.total_price = d.pop("totalPrice", UNSET)

            ecom_order.shipping_amount = d.pop("shippingAmount", UNSET)

            ecom_order.tax_amount = d.pop("taxAmount", UNSET)

            ecom_order.discount_amount = d.pop("discountAmount", UNSET)

            ecom_order.total_products = d.pop("totalProducts", UNSET)

            ecom_order.shipping_method = d.pop("shippingMethod", UNSET)

            ecom_order.order_url = d.pop("orderUrl", UNSET)

            ecom_order.external_created_date = d.pop("externalCreatedDate", UNSET)

            ecom_order.external_updated_date = d.pop("externalUpdatedDate", UNSET)

            ecom_order.abandoned_date = d.pop("abandonedDate", UNSET)

            ecom_order.order_date = d.pop("orderDate", UNSET)

            ecom_order.created_date = d.pop("createdDate", UNSET)

            ecom_order.updated_date = d.pop("updatedDate", UNSET)

            ecom_order.tstamp = d.pop("tstamp", UNSET)

            ecom_order.order_products = d.pop("orderProducts", UNSET)

            ecom_order.order_discounts = d.pop("orderDiscounts", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            ecom_order.links = links

            ecom_order.additional_properties = d
            return ecom_order
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


from ..models.links import Links  # noqa: E402
