from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealFieldValue")


@_attrs_define
class DealFieldValue:
    """One custom field value of a deal, as echoed after a write."""

    custom_field_id: int | Unset = UNSET
    """ Id of the deal custom field. """
    field_value: float | str | Unset = UNSET
    """ A custom field value: text, or a number. Currency fields carry cents (5500 is 55.00). """
    field_currency: str | Unset = UNSET
    """ Currency code of a currency field. """
    deal_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        field_value: float | str | Unset
        if isinstance(self.field_value, Unset):
            field_value = UNSET
        else:
            field_value = self.field_value

        field_currency = self.field_currency

        deal_id = self.deal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field_id is not UNSET:
            field_dict["customFieldId"] = custom_field_id
        if field_value is not UNSET:
            field_dict["fieldValue"] = field_value
        if field_currency is not UNSET:
            field_dict["fieldCurrency"] = field_currency
        if deal_id is not UNSET:
            field_dict["dealId"] = deal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_field_value = cls.__new__(cls)
            d = dict(src_dict)
            deal_field_value.custom_field_id = d.pop("customFieldId", UNSET)

            deal_field_value.field_value = d.pop("fieldValue", UNSET)

            deal_field_value.field_currency = d.pop("fieldCurrency", UNSET)

            deal_field_value.deal_id = d.pop("dealId", UNSET)

            deal_field_value.additional_properties = d
            return deal_field_value
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
