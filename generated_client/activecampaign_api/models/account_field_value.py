from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AccountFieldValue")


@_attrs_define
class AccountFieldValue:
    """One custom field value of an account, as echoed after a write."""

    custom_field_id: int | Unset = UNSET
    """ Id of the account custom field. """
    field_value: float | str | Unset = UNSET
    """ A custom field value: text, or a number. Currency fields carry cents (1234 is 12.34). """
    field_currency: str | Unset = UNSET
    """ Currency code of a currency field. """
    account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        field_value: float | str | Unset
        if isinstance(self.field_value, Unset):
            field_value = UNSET
        else:
            field_value = self.field_value

        field_currency = self.field_currency

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field_id is not UNSET:
            field_dict["customFieldId"] = custom_field_id
        if field_value is not UNSET:
            field_dict["fieldValue"] = field_value
        if field_currency is not UNSET:
            field_dict["fieldCurrency"] = field_currency
        if account_id is not UNSET:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account_field_value = cls.__new__(cls)
            d = dict(src_dict)
            account_field_value.custom_field_id = d.pop("customFieldId", UNSET)

            account_field_value.field_value = d.pop("fieldValue", UNSET)

            account_field_value.field_currency = d.pop("fieldCurrency", UNSET)

            account_field_value.account_id = d.pop("accountId", UNSET)

            account_field_value.additional_properties = d
            return account_field_value
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
