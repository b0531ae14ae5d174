from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.deal_custom_field_create_request_deal_custom_field_metum_field_type import (
    DealCustomFieldCreateRequestDealCustomFieldMetumFieldType,
    check_deal_custom_field_create_request_deal_custom_field_metum_field_type,
)
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DealCustomFieldCreateRequestDealCustomFieldMetum")


@_attrs_define
class DealCustomFieldCreateRequestDealCustomFieldMetum:
    field_label: str
    field_type: DealCustomFieldCreateRequestDealCustomFieldMetumFieldType
    field_options: list[str] | Unset = UNSET
    """ The choices of a dropdown, multiselect, radio or checkbox field. """
    field_default: list[str] | str | Unset = UNSET
    """ Default value; a list of options for multiselect and checkbox fields. """
    field_default_currency: str | Unset | None = UNSET
    """ Default currency code (three letters) of a currency field; null for none. """
    is_form_visible: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    is_required: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    display_order: int | str | Unset = UNSET
    """ A whole number (a `Count`) sent to the API, as a JSON integer or as the string of digits the API itself
    returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_label = self.field_label

        field_type: str = self.field_type

        field_options: list[str] | Unset = UNSET
        if not isinstance(self.field_options, Unset):
            field_options = self.field_options

        field_default: list[str] | str | Unset
        if isinstance(self.field_default, Unset):
            field_default = UNSET
        elif isinstance(self.field_default, list):
            field_default = self.field_default

        else:
            field_default = self.field_default

        field_default_currency: str | Unset | None
        if isinstance(self.field_default_currency, Unset):
            field_default_currency = UNSET
        else:
            field_default_currency = self.field_default_currency

        is_form_visible: bool | int | str | Unset
        if isinstance(self.is_form_visible, Unset):
            is_form_visible = UNSET
        elif isinstance(self.is_form_visible, int) or isinstance(self.is_form_visible, str):
            is_form_visible = self.is_form_visible
        else:
            is_form_visible = self.is_form_visible

        is_required: bool | int | str | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        elif isinstance(self.is_required, int) or isinstance(self.is_required, str):
            is_required = self.is_required
        else:
            is_required = self.is_required

        display_order: int | str | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldLabel": field_label,
                "fieldType": field_type,
            }
        )
        if field_options is not UNSET:
            field_dict["fieldOptions"] = field_options
        if field_default is not UNSET:
            field_dict["fieldDefault"] = field_default
        if field_default_currency is not UNSET:
            field_dict["fieldDefaultCurrency"] = field_default_currency
        if is_form_visible is not UNSET:
            field_dict["isFormVisible"] = is_form_visible
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if display_order is not UNSET:
            field_dict["displayOrder"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            deal_custom_field_create_request_deal_custom_field_metum = cls.__new__(cls)
            d = dict(src_dict)
            deal_custom_field_create_request_deal_custom_field_metum.field_label = d.pop("fieldLabel")

            field_type = check_deal_custom_field_create_request_deal_custom_field_metum_field_type(d.pop("fieldType"))

            deal_custom_field_create_request_deal_custom_field_metum.field_type = field_type

            deal_custom_field_create_request_deal_custom_field_metum.field_options = d.pop("fieldOptions", UNSET)

            def _parse_field_default(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    field_default_type_1 = cast(list[str], data)

                    return field_default_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            field_default = _parse_field_default(d.pop("fieldDefault", UNSET))

            deal_custom_field_create_request_deal_custom_field_metum.field_default = field_default

            deal_custom_field_create_request_deal_custom_field_metum.field_default_currency = d.pop(
                "fieldDefaultCurrency", UNSET
            )

            def _parse_is_form_visible(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            is_form_visible = _parse_is_form_visible(d.pop("isFormVisible", UNSET))

            deal_custom_field_create_request_deal_custom_field_metum.is_form_visible = is_form_visible

            def _parse_is_required(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    componentsschemas_flag_input_type_1 = check_flag_input_type_1(data)

                    return componentsschemas_flag_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_flag_input_type_2 = check_flag_input_type_2(data)

                    return componentsschemas_flag_input_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | FlagInputType1 | FlagInputType2 | Unset, data)

            is_required = _parse_is_required(d.pop("isRequired", UNSET))

            deal_custom_field_create_request_deal_custom_field_metum.is_required = is_required

            deal_custom_field_create_request_deal_custom_field_metum.display_order = d.pop("displayOrder", UNSET)

            deal_custom_field_create_request_deal_custom_field_metum.additional_properties = d
            return deal_custom_field_create_request_deal_custom_field_metum
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
