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

T = TypeVar("T", bound="FormStyle")


@_attrs_define
class FormStyle:
    background: str | Unset = UNSET
    """ Hex colour without `#`. """
    dark: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    fontcolor: str | Unset = UNSET
    layout: str | Unset = UNSET
    border: FormBorder | Unset = UNSET
    """ Border styling; sizes in pixels as numbers. """
    width: int | str | Unset = UNSET
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    ac_branding: bool | BooleanInputType1 | BooleanInputType2 | Unset = UNSET
    """ A yes/no switch sent to the API: a JSON boolean, or the 0/1 number or `"0"`/`"1"` string the API itself
    returns for it. """
    button: FormButtonStyle | Unset = UNSET
    customcss: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background = self.background

        dark: bool | int | str | Unset
        if isinstance(self.dark, Unset):
            dark = UNSET
        elif isinstance(self.dark, int) or isinstance(self.dark, str):
            dark = self.dark
        else:
            dark = self.dark

        fontcolor = self.fontcolor

        layout = self.layout

        border: dict[str, Any] | Unset = UNSET
        if not isinstance(self.border, Unset):
            border = self.border.to_dict()

        width: int | str | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        ac_branding: bool | int | str | Unset
        if isinstance(self.ac_branding, Unset):
            ac_branding = UNSET
        elif isinstance(self.ac_branding, int) or isinstance(self.ac_branding, str):
            ac_branding = self.ac_branding
        else:
            ac_branding = self.ac_branding

        button: dict[str, Any] | Unset = UNSET
        if not isinstance(self.button, Unset):
            button = self.button.to_dict()

        customcss: str | Unset | None
        if isinstance(self.customcss, Unset):
            customcss = UNSET
        else:
            customcss = self.customcss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background is not UNSET:
            field_dict["background"] = background
        if dark is not UNSET:
            field_dict["dark"] = dark
        if fontcolor is not UNSET:
            field_dict["fontcolor"] = fontcolor
        if layout is not UNSET:
            field_dict["layout"] = layout
        if border is not UNSET:
            field_dict["border"] = border
        if width is not UNSET:
            field_dict["width"] = width
        if ac_branding is not UNSET:
            field_dict["ac_branding"] = ac_branding
        if button is not UNSET:
            field_dict["button"] = button
        if customcss is not UNSET:
            field_dict["customcss"] = customcss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            form_style = cls.__new__(cls)
            d = dict(src_dict)
            form_style.background = d.pop("background", UNSET)

            def _parse_dark(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
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

            dark = _parse_dark(d.pop("dark", UNSET))

            form_style.dark = dark

            form_style.fontcolor = d.pop("fontcolor", UNSET)

            form_style.layout = d.pop("layout", UNSET)

            _border = d.pop("border", UNSET)
            border: FormBorder | Unset
            if isinstance(_border, Unset):
                border = UNSET
            else:
                border = FormBorder.from_dict(_border)

            form_style.border = border

            form_style.width = d.pop("width", UNSET)

            def _parse_ac_branding(data: object) -> bool | BooleanInputType1 | BooleanInputType2 | Unset:
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

            ac_branding = _parse_ac_branding(d.pop("ac_branding", UNSET))

            form_style.ac_branding = ac_branding

            _button = d.pop("button", UNSET)
            button: FormButtonStyle | Unset
            if isinstance(_button, Unset):
                button = UNSET
            else:
                button = FormButtonStyle.from_dict(_button)

            form_style.button = button

            form_style.customcss = d.pop("customcss", UNSET)

            form_style.additional_properties = d
            return form_style
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


from ..models.form_border import FormBorder  # noqa: E402
from ..models.form_button_style import FormButtonStyle  # noqa: E402
