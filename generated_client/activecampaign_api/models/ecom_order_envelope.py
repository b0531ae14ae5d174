from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderEnvelope")


@_attrs_define
class EcomOrderEnvelope:
    ecom_order: EcomOrder
    """ An order or abandoned cart as the API returns it. """
    ecom_order_products: list[EcomOrderProduct] | Unset = UNSET
    ecom_order_discounts: list[EcomOrderDiscount] | Unset = UNSET
    connections: list[Connection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ecom_order = self.ecom_order.to_dict()

        ecom_order_products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ecom_order_products, Unset):
            ecom_order_products = []
            for ecom_order_products_item_data in self.ecom_order_products:
                ecom_order_products_item = ecom_order_products_item_data.to_dict()
                ecom_order_products.append(ecom_order_products_item)

        ecom_order_discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ecom_order_discounts, Unset):
            ecom_order_discounts = []
            for ecom_order_discounts_item_data in self.ecom_order_discounts:
                ecom_order_discounts_item = ecom_order_discounts_item_data.to_dict()
                ecom_order_discounts.append(ecom_order_discounts_item)

        connections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connections, Unset):
            connections = []
            for connections_item_data in self.connections:
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ecomOrder": ecom_order,
            }
        )
        if ecom_order_products is not UNSET:
            field_dict["ecomOrderProducts"] = ecom_order_products
        if ecom_order_discounts is not UNSET:
            field_dict["ecomOrderDiscounts"] = ecom_order_discounts
        if connections is not UNSET:
            field_dict["connections"] = connections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order_envelope = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order = EcomOrder.from_dict(d.pop("ecomOrder"))

            ecom_order_envelope.ecom_order = ecom_order

            _ecom_order_products = d.pop("ecomOrderProducts", UNSET)
            ecom_order_products: list[EcomOrderProduct] | Unset = UNSET
            if _ecom_order_products is not UNSET:
                ecom_order_products = []
                for ecom_order_products_item_data in _ecom_order_products:
                    ecom_order_products_item = EcomOrderProduct.from_dict(ecom_order_products_item_data)

                    ecom_order_products.append(ecom_order_products_item)

            ecom_order_envelope.ecom_order_products = ecom_order_products

            _ecom_order_discounts = d.pop("ecomOrderDiscounts", UNSET)
            ecom_order_discounts: list[EcomOrderDiscount] | Unset = UNSET
            if _ecom_order_discounts is not UNSET:
                ecom_order_discounts = []
                for ecom_order_discounts_item_data in _ecom_order_discounts:
                    ecom_order_discounts_item = EcomOrderDiscount.from_dict(ecom_order_discounts_item_data)

                    ecom_order_discounts.append(ecom_order_discounts_item)

            ecom_order_envelope.ecom_order_discounts = ecom_order_discounts

            _connections = d.pop("connections", UNSET)
            connections: list[Connection] | Unset = UNSET
            if _connections is not UNSET:
                connections = []
                for connections_item_data in _connections:
                    connections_item = Connection.from_dict(connections_item_data)

                    connections.append(connections_item)

            ecom_order_envelope.connections = connections

            ecom_order_envelope.additional_properties = d
            return ecom_order_envelope
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


from ..models.connection import Connection  # noqa: E402
from ..models.ecom_order import EcomOrder  # noqa: E402
from ..models.ecom_order_discount import EcomOrderDiscount  # noqa: E402
from ..models.ecom_order_product import EcomOrderProduct  # noqa: E402
