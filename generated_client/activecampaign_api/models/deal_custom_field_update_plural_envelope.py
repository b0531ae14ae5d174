from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealCustomFieldUpdatePluralEnvelope")


@_attrs_define
class DealCustomFieldUpdatePluralEnvelope:
    """The plural envelope some clients send; accepted, see `DealCustomFieldUpdateRequest`."""

    deal_custom_field_meta: DealCustomFieldFields
    """ The writable attributes of a deal custom field definition. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal_custom_field_meta = self.deal_custom_field_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dealCustomFieldMeta": deal_custom_field_meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_custom_field_update_plural_envelope = cls.__new__(cls)
            d = dict(src_dict)
            deal_custom_field_meta = DealCustomFieldFields.from_dict(d.pop("dealCustomFieldMeta"))

            deal_custom_field_update_plural_envelope.deal_custom_field_meta = deal_custom_field_meta

            deal_custom_field_update_plural_envelope.additional_properties = d
            return deal_custom_field_update_plural_envelope
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


from ..models.deal_custom_field_fields import DealCustomFieldFields  # noqa: E402
