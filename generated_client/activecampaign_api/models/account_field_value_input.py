from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AccountFieldValueInput")


@_attrs_define
class AccountFieldValueInput:
    """An account custom field value to set."""

    custom_field_id: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    field_value: float | str
    """ A custom field value: text, or a number. Currency fields carry cents (1234 is 12.34). """
    field_currency: str | Unset = UNSET
    """ Three-letter currency code; required for currency fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id: int | str
        custom_field_id = self.custom_field_id

        field_value: float | str
        field_value = self.field_value

        field_currency = self.field_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFieldId": custom_field_id,
                "fieldValue": field_value,
            }
        )
        if field_currency is not UNSET:
            field_dict["fieldCurrency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account_field_value_input = cls.__new__(cls)
            d = dict(src_dict)
            account_field_value_input.custom_field_id = d.pop("customFieldId")

            account_field_value_input.field_value = d.pop("fieldValue")

            account_field_value_input.field_currency = d.pop("fieldCurrency", UNSET)

            account_field_value_input.additional_properties = d
            return account_field_value_input
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
