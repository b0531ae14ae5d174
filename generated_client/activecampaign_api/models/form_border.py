from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="FormBorder")


@_attrs_define
class FormBorder:
    """Border styling; sizes in pixels as numbers."""

    width: int | str | Unset = UNSET
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    style: str | Unset = UNSET
    color: str | Unset = UNSET
    """ Hex colour without `#`. """
    radius: int | str | Unset = UNSET
    """ A number sent to the API, as a JSON number or as the string of digits the API itself returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        width: int | str | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        style = self.style

        color = self.color

        radius: int | str | Unset
        if isinstance(self.radius, Unset):
            radius = UNSET
        else:
            radius = self.radius

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if width is not UNSET:
            field_dict["width"] = width
        if style is not UNSET:
            field_dict["style"] = style
        if color is not UNSET:
            field_dict["color"] = color
        if radius is not UNSET:
            field_dict["radius"] = radius

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            form_border = cls.__new__(cls)
            d = dict(src_dict)
            form_border.width = d.pop("width", UNSET)

            form_border.style = d.pop("style", UNSET)

            form_border.color = d.pop("color", UNSET)

            form_border.radius = d.pop("radius", UNSET)

            form_border.additional_properties = d
            return form_border
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
