from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomFieldValueEnvelope")


@_attrs_define
class CustomFieldValueEnvelope:
    field_value: CustomFieldValue
    """ The value of one custom field on one contact. Unlike in contact views, `contact`, `field` and `owner` come
    back as numbers right after a write and may be null on orphaned values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_value = self.field_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldValue": field_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_field_value_envelope = cls.__new__(cls)
            d = dict(src_dict)
            field_value = CustomFieldValue.from_dict(d.pop("fieldValue"))

            custom_field_value_envelope.field_value = field_value

            custom_field_value_envelope.additional_properties = d
            return custom_field_value_envelope
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


from ..models.custom_field_value import CustomFieldValue  # noqa: E402
