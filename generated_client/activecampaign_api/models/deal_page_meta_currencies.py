from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealPageMetaCurrencies")


@_attrs_define
class DealPageMetaCurrencies:
    additional_properties: dict[str, DealCurrencyTotal] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_page_meta_currencies = cls.__new__(cls)
            d = dict(src_dict)

            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = DealCurrencyTotal.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property

            deal_page_meta_currencies.additional_properties = additional_properties
            return deal_page_meta_currencies
        except _ParseError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise _ParseError(cls.__name__, exc) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DealCurrencyTotal:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DealCurrencyTotal) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return _model_repr(self)


from ..models.deal_currency_total import DealCurrencyTotal  # noqa: E402
