from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderProduct")


@_attrs_define
class EcomOrderProduct:
    """A line item as the API returns it. Right after an order is written the side-loaded items echo the input (no id,
    numbers as numbers); reads send ids and strings of digits.

    """

    id: str | Unset = UNSET
    orderid: str | Unset = UNSET
    """ Id of the order. """
    ecom_order: str | Unset = UNSET
    """ Id of the order. """
    connectionid: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    externalid: str | Unset = UNSET
    """ Id of the product in the external service. """
    sku: str | Unset | None = UNSET
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    price: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    quantity: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    category: str | Unset | None = UNSET
    image_url: str | Unset | None = UNSET
    product_url: str | Unset | None = UNSET
    created_date: str | Unset | None = UNSET
    updated_date: str | Unset | None = UNSET
    tstamp: str | Unset | None = UNSET
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        orderid = self.orderid

        ecom_order = self.ecom_order

        connectionid: int | str | Unset
        if isinstance(self.connectionid, Unset):
            connectionid = UNSET
        else:
            connectionid = self.connectionid

        externalid = self.externalid

        sku: str | Unset | None
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        price: int | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        category: str | Unset | None
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        image_url: str | Unset | None
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        product_url: str | Unset | None
        if isinstance(self.product_url, Unset):
            product_url = UNSET
        else:
            product_url = self.product_url

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

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if orderid is not UNSET:
            field_dict["orderid"] = orderid
        if ecom_order is not UNSET:
            field_dict["ecomOrder"] = ecom_order
        if connectionid is not UNSET:
            field_dict["connectionid"] = connectionid
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if sku is not UNSET:
            field_dict["sku"] = sku
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if category is not UNSET:
            field_dict["category"] = category
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if product_url is not UNSET:
            field_dict["productUrl"] = product_url
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order_product = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order_product.id = d.pop("id", UNSET)

            ecom_order_product.orderid = d.pop("orderid", UNSET)

            ecom_order_product.ecom_order = d.pop("ecomOrder", UNSET)

            ecom_order_product.connectionid = d.pop("connectionid", UNSET)

            ecom_order_product.externalid = d.pop("externalid", UNSET)

            ecom_order_product.sku = d.pop("sku", UNSET)

            ecom_order_product.name = d.pop("name", UNSET)

            ecom_order_product.description = d.pop("description", UNSET)

            ecom_order_product.price = d.pop("price", UNSET)

            ecom_order_product.quantity = d.pop("quantity", UNSET)

            ecom_order_product.category = d.pop("category", UNSET)

            ecom_order_product.image_url = d.pop("imageUrl", UNSET)

            ecom_order_product.product_url = d.pop("productUrl", UNSET)

            ecom_order_product.created_date = d.pop("createdDate", UNSET)

            ecom_order_product.updated_date = d.pop("updatedDate", UNSET)

            ecom_order_product.tstamp = d.pop("tstamp", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            ecom_order_product.links = links

            ecom_order_product.additional_properties = d
            return ecom_order_product
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
