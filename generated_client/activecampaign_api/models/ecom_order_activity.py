from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderActivity")


@_attrs_define
class EcomOrderActivity:
    """A snapshot of an order taken when it changed."""

    id: str
    orderid: str | Unset | None = UNSET
    connectionid: str | Unset | None = UNSET
    customerid: str | Unset | None = UNSET
    externalid: str | Unset | None = UNSET
    externalcheckoutid: str | Unset | None = UNSET
    source: str | Unset | None = UNSET
    order_number: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    total_price: str | Unset | None = UNSET
    """ In cents, as a string of digits. """
    discount_amount: str | Unset | None = UNSET
    shipping_amount: str | Unset | None = UNSET
    tax_amount: str | Unset | None = UNSET
    total_products: str | Unset | None = UNSET
    currency: str | Unset | None = UNSET
    shipping_method: str | Unset | None = UNSET
    store_name: str | Unset | None = UNSET
    logo_url: str | Unset | None = UNSET
    order_url: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    """ 0 pending, 1 completed, 2 abandoned, 3 recovered, 4 waiting. """
    external_created_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    external_updated_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    abandoned_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    created_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    updated_date: datetime.datetime | str | Unset | None = UNSET
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    connection: str | Unset | None = UNSET
    order: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        orderid: str | Unset | None
        if isinstance(self.orderid, Unset):
            orderid = UNSET
        else:
            orderid = self.orderid

        connectionid: str | Unset | None
        if isinstance(self.connectionid, Unset):
            connectionid = UNSET
        else:
            connectionid = self.connectionid

        customerid: str | Unset | None
        if isinstance(self.customerid, Unset):
            customerid = UNSET
        else:
            customerid = self.customerid

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

        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        order_number: str | Unset | None
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        total_price: str | Unset | None
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        discount_amount: str | Unset | None
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        shipping_amount: str | Unset | None
        if isinstance(self.shipping_amount, Unset):
            shipping_amount = UNSET
        else:
            shipping_amount = self.shipping_amount

        tax_amount: str | Unset | None
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        total_products: str | Unset | None
        if isinstance(self.total_products, Unset):
            total_products = UNSET
        else:
            total_products = self.total_products

        currency: str | Unset | None
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        shipping_method: str | Unset | None
        if isinstance(self.shipping_method, Unset):
            shipping_method = UNSET
        else:
            shipping_method = self.shipping_method

        store_name: str | Unset | None
        if isinstance(self.store_name, Unset):
            store_name = UNSET
        else:
            store_name = self.store_name

        logo_url: str | Unset | None
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        order_url: str | Unset | None
        if isinstance(self.order_url, Unset):
            order_url = UNSET
        else:
            order_url = self.order_url

        state: str | Unset | None
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        external_created_date: str | Unset | None
        if isinstance(self.external_created_date, Unset):
            external_created_date = UNSET
        elif isinstance(self.external_created_date, datetime.datetime):
            external_created_date = self.external_created_date.isoformat()
        else:
            external_created_date = self.external_created_date

        external_updated_date: str | Unset | None
        if isinstance(self.external_updated_date, Unset):
            external_updated_date = UNSET
        elif isinstance(self.external_updated_date, datetime.datetime):
            external_updated_date = self.external_updated_date.isoformat()
        else:
            external_updated_date = self.external_updated_date

        abandoned_date: str | Unset | None
        if isinstance(self.abandoned_date, Unset):
            abandoned_date = UNSET
        elif isinstance(self.abandoned_date, datetime.datetime):
            abandoned_date = self.abandoned_date.isoformat()
        else:
            abandoned_date = self.abandoned_date

        created_date: str | Unset | None
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        updated_date: str | Unset | None
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        connection: str | Unset | None
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        order: str | Unset | None
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        links: dict[str, Any] | list[str] | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, Links):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if orderid is not UNSET:
            field_dict["orderid"] = orderid
        if connectionid is not UNSET:
            field_dict["connectionid"] = connectionid
        if customerid is not UNSET:
            field_dict["customerid"] = customerid
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if externalcheckoutid is not UNSET:
            field_dict["externalcheckoutid"] = externalcheckoutid
        if source is not UNSET:
            field_dict["source"] = source
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if email is not UNSET:
            field_dict["email"] = email
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if shipping_amount is not UNSET:
            field_dict["shipping_amount"] = shipping_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if total_products is not UNSET:
            field_dict["total_products"] = total_products
        if currency is not UNSET:
            field_dict["currency"] = currency
        if shipping_method is not UNSET:
            field_dict["shipping_method"] = shipping_method
        if store_name is not UNSET:
            field_dict["store_name"] = store_name
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if order_url is not UNSET:
            field_dict["order_url"] = order_url
        if state is not UNSET:
            field_dict["state"] = state
        if external_created_date is not UNSET:
            field_dict["external_created_date"] = external_created_date
        if external_updated_date is not UNSET:
            field_dict["external_updated_date"] = external_updated_date
        if abandoned_date is not UNSET:
            field_dict["abandoned_date"] = abandoned_date
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if updated_date is not UNSET:
            field_dict["updated_date"] = updated_date
        if connection is not UNSET:
            field_dict["connection"] = connection
        if order is not UNSET:
            field_dict["order"] = order
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order_activity = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order_activity.id = d.pop("id")

            ecom_order_activity.orderid = d.pop("orderid", UNSET)

            ecom_order_activity.connectionid = d.pop("connectionid", UNSET)

            ecom_order_activity.customerid = d.pop("customerid", UNSET)

            ecom_order_activity.externalid = d.pop("externalid", UNSET)

            ecom_order_activity.externalcheckoutid = d.pop("externalcheckoutid", UNSET)

            ecom_order_activity.source = d.pop("source", UNSET)

            ecom_order_activity.order_number = d.pop("order_number", UNSET)

            ecom_order_activity.email = d.pop("email", UNSET)

            ecom_order_activity.total_price = d.pop("total_price", UNSET)

            ecom_order_activity.discount_amount = d.pop("discount_amount", UNSET)

            ecom_order_activity.shipping_amount = d.pop("shipping_amount", UNSET)

            ecom_order_activity.tax_amount = d.pop("tax_amount", UNSET)

            ecom_order_activity.total_products = d.pop("total_products", UNSET)

            ecom_order_activity.currency = d.pop("currency", UNSET)

            ecom_order_activity.shipping_method = d.pop("shipping_method", UNSET)

            ecom_order_activity.store_name = d.pop("store_name", UNSET)

            ecom_order_activity.logo_url = d.pop("logo_url", UNSET)

            ecom_order_activity.order_url = d.pop("order_url", UNSET)

            ecom_order_activity.state = d.pop("state", UNSET)

            def _parse_external_created_date(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            external_created_date = _parse_external_created_date(d.pop("external_created_date", UNSET))

            ecom_order_activity.external_created_date = external_created_date

            def _parse_external_updated_date(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            external_updated_date = _parse_external_updated_date(d.pop("external_updated_date", UNSET))

            ecom_order_activity.external_updated_date = external_updated_date

            def _parse_abandoned_date(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            abandoned_date = _parse_abandoned_date(d.pop("abandoned_date", UNSET))

            ecom_order_activity.abandoned_date = abandoned_date

            def _parse_created_date(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            created_date = _parse_created_date(d.pop("created_date", UNSET))

            ecom_order_activity.created_date = created_date

            def _parse_updated_date(data: object) -> datetime.datetime | str | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_date_time_or_zero_type_0_type_0 = datetime.datetime.fromisoformat(data)

                    return componentsschemas_date_time_or_zero_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | str | Unset, data)

            updated_date = _parse_updated_date(d.pop("updated_date", UNSET))

            ecom_order_activity.updated_date = updated_date

            ecom_order_activity.connection = d.pop("connection", UNSET)

            ecom_order_activity.order = d.pop("order", UNSET)

            def _parse_links(data: object) -> Links | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_links_or_empty_type_0 = Links.from_dict(data)

                    return componentsschemas_links_or_empty_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_links_or_empty_type_1 = cast(list[str], data)

                return componentsschemas_links_or_empty_type_1

            links = _parse_links(d.pop("links", UNSET))

            ecom_order_activity.links = links

            ecom_order_activity.additional_properties = d
            return ecom_order_activity
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
