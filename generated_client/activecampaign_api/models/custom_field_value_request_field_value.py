from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomFieldValueRequestFieldValue")


@_attrs_define
class CustomFieldValueRequestFieldValue:
    contact: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    field: int | str
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    value: str
    """ The value in the field type's format; multi-value fields take the options wrapped and joined by `||`, as
    `||Red||Blue||`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact: int | str
        contact = self.contact

        field: int | str
        field = self.field

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact": contact,
                "field": field,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_field_value_request_field_value = cls.__new__(cls)
            d = dict(src_dict)
            custom_field_value_request_field_value.contact = d.pop("contact")

            custom_field_value_request_field_value.field = d.pop("field")

            custom_field_value_request_field_value.value = d.pop("value")

            custom_field_value_request_field_value.additional_properties = d
            return custom_field_value_request_field_value
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
