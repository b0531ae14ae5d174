from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WhatsappTemplateFields")


@_attrs_define
class WhatsappTemplateFields:
    """The writable attributes of a template."""

    name: str | Unset = UNSET
    language: str | Unset = UNSET
    """ WhatsApp language code, for example `en_US`. """
    category: str | Unset = UNSET
    """ WhatsApp's template category, for example `MARKETING` or `UTILITY`. """
    components: list[WhatsappTemplateFieldsComponentsType0Item] | Unset | None = UNSET
    """ Header, body, footer and buttons, in WhatsApp's template format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language = self.language

        category = self.category

        components: list[dict[str, Any]] | Unset | None
        if isinstance(self.components, Unset):
            components = UNSET
        elif isinstance(self.components, list):
            components = []
            for components_type_0_item_data in self.components:
                components_type_0_item = components_type_0_item_data.to_dict()
                components.append(components_type_0_item)

        else:
            components = self.components

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if category is not UNSET:
            field_dict["category"] = category
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            whatsapp_template_fields = cls.__new__(cls)
            d = dict(src_dict)
            whatsapp_template_fields.name = d.pop("name", UNSET)

            whatsapp_template_fields.language = d.pop("language", UNSET)

            whatsapp_template_fields.category = d.pop("category", UNSET)

            def _parse_components(data: object) -> list[WhatsappTemplateFieldsComponentsType0Item] | Unset | None:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    components_type_0 = []
                    _components_type_0 = data
                    for components_type_0_item_data in _components_type_0:
                        components_type_0_item = WhatsappTemplateFieldsComponentsType0Item.from_dict(
                            components_type_0_item_data
                        )

                        components_type_0.append(components_type_0_item)

                    return components_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[WhatsappTemplateFieldsComponentsType0Item] | None | Unset, data)

            components = _parse_components(d.pop("components", UNSET))

            whatsapp_template_fields.components = components

            whatsapp_template_fields.additional_properties = d
            return whatsapp_template_fields
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


from ..models.whatsapp_template_fields_components_type_0_item import WhatsappTemplateFieldsComponentsType0Item  # noqa: E402
