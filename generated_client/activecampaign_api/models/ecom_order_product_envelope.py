from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="EcomOrderProductEnvelope")


@_attrs_define
class EcomOrderProductEnvelope:
    ecom_order_product: EcomOrderProduct
    """ A line item as the API returns it. Right after an order is written the side-loaded items echo the input (no
    id, numbers as numbers); reads send ids and strings of digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ecom_order_product = self.ecom_order_product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ecomOrderProduct": ecom_order_product,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            ecom_order_product_envelope = cls.__new__(cls)
            d = dict(src_dict)
            ecom_order_product = EcomOrderProduct.from_dict(d.pop("ecomOrderProduct"))

            ecom_order_product_envelope.ecom_order_product = ecom_order_product

            ecom_order_product_envelope.additional_properties = d
            return ecom_order_product_envelope
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


from ..models.ecom_order_product import EcomOrderProduct  # noqa: E402
