from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CustomObjectRecordRelationships")


@_attrs_define
class CustomObjectRecordRelationships:
    """Related records keyed by the schema's relationship id (for example `primary-contact`): contact, deal or account ids,
    as strings on reads and as numbers when echoing a write.

    """

    additional_properties: dict[str, list[int | str | None]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: int | str | None
                additional_property_item = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            custom_object_record_relationships = cls.__new__(cls)
            d = dict(src_dict)

            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = []
                _additional_property = prop_dict
                for additional_property_item_data in _additional_property:

                    def _parse_additional_property_item(data: object) -> int | str | None:
                        if data is None:
                            return data
                        return cast(int | None | str, data)

                    additional_property_item = _parse_additional_property_item(additional_property_item_data)

                    additional_property.append(additional_property_item)

                additional_properties[prop_name] = additional_property

            custom_object_record_relationships.additional_properties = additional_properties
            return custom_object_record_relationships
        except _ParseError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise _ParseError(cls.__name__, exc) from exc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[int | str | None]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[int | str | None]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return _model_repr(self)
