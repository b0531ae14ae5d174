from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="StripoBrandKitColors")


@_attrs_define
class StripoBrandKitColors:
    primary: str | Unset = UNSET
    light_background: str | Unset = UNSET
    dark_background: str | Unset = UNSET
    accents: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary = self.primary

        light_background = self.light_background

        dark_background = self.dark_background

        accents: list[str] | Unset = UNSET
        if not isinstance(self.accents, Unset):
            accents = self.accents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary is not UNSET:
            field_dict["primary"] = primary
        if light_background is not UNSET:
            field_dict["lightBackground"] = light_background
        if dark_background is not UNSET:
            field_dict["darkBackground"] = dark_background
        if accents is not UNSET:
            field_dict["accents"] = accents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            stripo_brand_kit_colors = cls.__new__(cls)
            d = dict(src_dict)
            stripo_brand_kit_colors.primary = d.pop("primary", UNSET)

            stripo_brand_kit_colors.light_background = d.pop("lightBackground", UNSET)

            stripo_brand_kit_colors.dark_background = d.pop("darkBackground", UNSET)

            stripo_brand_kit_colors.accents = d.pop("accents", UNSET)

            stripo_brand_kit_colors.additional_properties = d
            return stripo_brand_kit_colors
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
