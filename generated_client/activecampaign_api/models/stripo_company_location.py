from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="StripoCompanyLocation")


@_attrs_define
class StripoCompanyLocation:
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    region: str | Unset = UNSET
    state: str | Unset = UNSET
    subregion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country = self.country

        country_code = self.country_code

        region = self.region

        state = self.state

        subregion = self.subregion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if region is not UNSET:
            field_dict["region"] = region
        if state is not UNSET:
            field_dict["state"] = state
        if subregion is not UNSET:
            field_dict["subregion"] = subregion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            stripo_company_location = cls.__new__(cls)
            d = dict(src_dict)
            stripo_company_location.city = d.pop("city", UNSET)

            stripo_company_location.country = d.pop("country", UNSET)

            stripo_company_location.country_code = d.pop("countryCode", UNSET)

            stripo_company_location.region = d.pop("region", UNSET)

            stripo_company_location.state = d.pop("state", UNSET)

            stripo_company_location.subregion = d.pop("subregion", UNSET)

            stripo_company_location.additional_properties = d
            return stripo_company_location
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
