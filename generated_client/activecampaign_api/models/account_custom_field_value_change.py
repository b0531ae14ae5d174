from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AccountCustomFieldValueChange")


@_attrs_define
class AccountCustomFieldValueChange:
    """A stored value (by id) and its new content."""

    id: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    field_value: float | list[str] | str
    """ A value to store: text, a number, or for multiselect and checkbox fields a list of options. Currency values
    are in cents (9999 is 99.99). """
    field_currency: str | Unset = UNSET
    """ Currency code (three letters) of a currency value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        field_value: float | list[str] | str
        if isinstance(self.field_value, list):
            field_value = self.field_value

        else:
            field_value = self.field_value

        field_currency = self.field_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fieldValue": field_value,
            }
        )
        if field_currency is not UNSET:
            field_dict["fieldCurrency"] = field_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            account_custom_field_value_change = cls.__new__(cls)
            d = dict(src_dict)
            account_custom_field_value_change.id = d.pop("id")

            def _parse_field_value(data: object) -> float | list[str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_account_custom_field_value_input_type_2 = cast(list[str], data)

                    return componentsschemas_account_custom_field_value_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(float | list[str] | str, data)

            field_value = _parse_field_value(d.pop("fieldValue"))

            account_custom_field_value_change.field_value = field_value

            account_custom_field_value_change.field_currency = d.pop("fieldCurrency", UNSET)

            account_custom_field_value_change.additional_properties = d
            return account_custom_field_value_change
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
