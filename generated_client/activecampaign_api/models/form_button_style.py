from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FormButtonStyle")


@_attrs_define
class FormButtonStyle:
    padding: int | str | Unset = UNSET
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    background: str | Unset = UNSET
    fontcolor: str | Unset = UNSET
    border: FormBorder | Unset = UNSET
    """ Border styling; sizes in pixels as numbers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        padding: int | str | Unset
        if isinstance(self.padding, Unset):
            padding = UNSET
        else:
            padding = self.padding

        background = self.background

        fontcolor = self.fontcolor

        border: dict[str, Any] | Unset = UNSET
        if not isinstance(self.border, Unset):
            border = self.border.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if padding is not UNSET:
            field_dict["padding"] = padding
        if background is not UNSET:
            field_dict["background"] = background
        if fontcolor is not UNSET:
            field_dict["fontcolor"] = fontcolor
        if border is not UNSET:
            field_dict["border"] = border

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            form_button_style = cls.__new__(cls)
            d = dict(src_dict)
            form_button_style.padding = d.pop("padding", UNSET)

            form_button_style.background = d.pop("background", UNSET)

            form_button_style.fontcolor = d.pop("fontcolor", UNSET)

            _border = d.pop("border", UNSET)
            border: FormBorder | Unset
            if isinstance(_border, Unset):
                border = UNSET
            else:
                border = FormBorder.from_dict(_border)

            form_button_style.border = border

            form_button_style.additional_properties = d
            return form_button_style
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
