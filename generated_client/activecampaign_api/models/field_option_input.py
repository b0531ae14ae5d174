from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.boolean_input_type_1 import BooleanInputType1, check_boolean_input_type_1
from ..models.boolean_input_type_2 import BooleanInputType2, check_boolean_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FieldOptionInput")


@_attrs_define
class FieldOptionInput:
    """An option to add to a choice field."""

    field: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    value: str
    label: str | Unset = UNSET
    orderid: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    isdefault: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field: int | str
        field = self.field

        value = self.value

        label = self.label

        orderid: int | str | Unset
        if isinstance(self.orderid, Unset):
            orderid = UNSET
        else:
            orderid = self.orderid

        isdefault: bool | int | str | Unset
        if isinstance(self.isdefault, Unset):
            isdefault = UNSET
        elif isinstance(self.isdefault, int) or isinstance(self.isdefault, str):
            isdefault = self.isdefault
        else:
            isdefault = self.isdefault

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "value": value,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if orderid is not UNSET:
            field_dict["orderid"] = orderid
        if isdefault is not UNSET:
            field_dict["isdefault"] = isdefault

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            field_option_input = cls.__new__(cls)
            d = dict(src_dict)
            field_option_input.field = d.pop("field")

            field_option_input.value = d.pop("value")

            field_option_input.label = d.pop("label", UNSET)

            field_option_input.orderid = d.pop("orderid", UNSET)

            def _parse_isdefault(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_boolean_input_type_1 = check_boolean_input_type_1(data)

                    return componentsschemas_boolean_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_boolean_input_type_2 = check_boolean_input_type_2(data)

                    return componentsschemas_boolean_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | BooleanInputType1 | BooleanInputType2 | Unset, data)

            isdefault = _parse_isdefault(d.pop("isdefault", UNSET))

            field_option_input.isdefault = isdefault

            field_option_input.additional_properties = d
            return field_option_input
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
