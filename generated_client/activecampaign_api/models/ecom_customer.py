from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomCustomer")


@_attrs_define
class EcomCustomer:
    """An ecommerce customer as the API returns it. Totals are computed by the API from the customer's orders and sent as
    strings of digits; money amounts are in cents.

    """

    id: str
    connectionid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    connection: str | Unset | None = UNSET
    """ Id of the connection; null for the account-wide aggregate. """
    externalid: str | Unset = UNSET
    """ Id of the customer in the external service. """
    email: str | Unset = UNSET
    accepts_marketing: str | Unset | None = UNSET
    """ 1 when the customer opted in to marketing, 0 when not. """
    total_revenue: str | Unset | None = UNSET
    """ Revenue from all the customer's orders, in cents. """
    total_orders: str | Unset | None = UNSET
    total_products: str | Unset | None = UNSET
    avg_revenue_per_order: str | Unset | None = UNSET
    """ Average revenue per order, in cents. """
    avg_product_category: str | Unset | None = UNSET
    """ The category the customer buys most from. """
    tstamp: str | Unset | None = UNSET
    """ When the totals were last computed. """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        externalid = self.externalid

        email = self.email

        accepts_marketing: str | Unset | None
        if isinstance(self.accepts_marketing, Unset):
            accepts_marketing = UNSET
        else:
            accepts_marketing = self.accepts_marketing

        total_revenue: str | Unset | None
        if isinstance(self.total_revenue, Unset):
            total_revenue = UNSET
        else:
            total_revenue = self.total_revenue

        total_orders: str | Unset | None
        if isinstance(self.total_orders, Unset):
            total_orders = UNSET
        else:
            total_orders = self.total_orders

        total_products: str | Unset | None
        if isinstance(self.total_products, Unset):
            total_products = UNSET
        else:
            total_products = self.total_products

        avg_revenue_per_order: str | Unset | None
        if isinstance(self.avg_revenue_per_order, Unset):
            avg_revenue_per_order = UNSET
        else:
            avg_revenue_per_order = self.avg_revenue_per_order

        avg_product_category: str | Unset | None
        if isinstance(self.avg_product_category, Unset):
            avg_product_category = UNSET
        else:
            avg_product_category = self.avg_product_category

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        else:
            tstamp = self.tstamp

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
        if connectionid is not UNSET:
            field_dict["connectionid"] = connectionid
        if connection is not UNSET:
            field_dict["connection"] = connection
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if email is not UNSET:
            field_dict["email"] = email
        if accepts_marketing is not UNSET:
            field_dict["acceptsMarketing"] = accepts_marketing
        if total_revenue is not UNSET:
            field_dict["totalRevenue"] = total_revenue
        if total_orders is not UNSET:
            field_dict["totalOrders"] = total_orders
        if total_products is not UNSET:
            field_dict["totalProducts"] = total_products
        if avg_revenue_per_order is not UNSET:
            field_dict["avgRevenuePerOrder"] = avg_revenue_per_order
        if avg_product_category is not UNSET:
            field_dict["avgProductCategory"] = avg_product_category
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_customer = cls.__new__(cls)
            d = dict(src_dict)
            ecom_customer.id = d.pop("id")

            ecom_customer.connectionid = d.pop("connectionid", UNSET)

            ecom_customer.connection = d.pop("connection", UNSET)

            ecom_customer.externalid = d.pop("externalid", UNSET)

            ecom_customer.email = d.pop("email", UNSET)

            ecom_customer.accepts_marketing = d.pop("acceptsMarketing", UNSET)

            ecom_customer.total_revenue = d.pop("totalRevenue", UNSET)

            ecom_customer.total_orders = d.pop("totalOrders", UNSET)

            ecom_customer.total_products = d.pop("totalProducts", UNSET)

            ecom_customer.avg_revenue_per_order = d.pop("avgRevenuePerOrder", UNSET)

            ecom_customer.avg_product_category = d.pop("avgProductCategory", UNSET)

            ecom_customer.tstamp = d.pop("tstamp", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            ecom_customer.links = links

            ecom_customer.additional_properties = d
            return ecom_customer
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
