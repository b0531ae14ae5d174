from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectRecordField")


@_attrs_define
class CustomObjectRecordField:
    """The value of one field on a record."""

    id: str
    """ Id of the schema field. """
    value: float | str | Unset = UNSET
    """ A field's value, typed like the field: a number for number, decimal and currency fields, a string for text,
    date and choice fields. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value: float | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_record_field = cls.__new__(cls)
            d = dict(src_dict)
            custom_object_record_field.id = d.pop("id")

            custom_object_record_field.value = d.pop("value", UNSET)

            custom_object_record_field.additional_properties = d
            return custom_object_record_field
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
