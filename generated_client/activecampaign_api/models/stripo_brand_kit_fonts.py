from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="StripoBrandKitFonts")


@_attrs_define
class StripoBrandKitFonts:
    title_font: str | Unset = UNSET
    title_weight: str | Unset = UNSET
    body_font: str | Unset = UNSET
    body_weight: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title_font = self.title_font

        title_weight = self.title_weight

        body_font = self.body_font

        body_weight = self.body_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title_font is not UNSET:
            field_dict["titleFont"] = title_font
        if title_weight is not UNSET:
            field_dict["titleWeight"] = title_weight
        if body_font is not UNSET:
            field_dict["bodyFont"] = body_font
        if body_weight is not UNSET:
            field_dict["bodyWeight"] = body_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            stripo_brand_kit_fonts = cls.__new__(cls)
            d = dict(src_dict)
            stripo_brand_kit_fonts.title_font = d.pop("titleFont", UNSET)

            stripo_brand_kit_fonts.title_weight = d.pop("titleWeight", UNSET)

            stripo_brand_kit_fonts.body_font = d.pop("bodyFont", UNSET)

            stripo_brand_kit_fonts.body_weight = d.pop("bodyWeight", UNSET)

            stripo_brand_kit_fonts.additional_properties = d
            return stripo_brand_kit_fonts
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
