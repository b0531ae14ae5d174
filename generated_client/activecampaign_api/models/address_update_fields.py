from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..models.flag_input_type_1 import FlagInputType1, check_flag_input_type_1
from ..models.flag_input_type_2 import FlagInputType2, check_flag_input_type_2
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AddressUpdateFields")


@_attrs_define
class AddressUpdateFields:
    """Address attributes to change, in the camelCase spelling the API answers with."""

    company_name: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    district: str | Unset = UNSET
    country: str | Unset = UNSET
    """ Two-letter country code, e.g. `US`. """
    groupid: int | str | Unset = UNSET
    """ An id sent to the API: the string of digits an `Id` is read as, or the plain JSON number. """
    global_: str | Unset = UNSET
    allgroup: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    isDefault: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    is_default: bool | FlagInputType1 | FlagInputType2 | Unset = UNSET
    """ A 0/1 flag (a `Flag`) sent to the API: a JSON boolean (the API accepts `true`/`false` for its 0/1 flags),
    the number 0 or 1, or the string `"0"`/`"1"` the API itself returns it as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_name = self.company_name

        address1 = self.address1

        address2 = self.address2

        city = self.city

        state = self.state

        zip_ = self.zip_

        district = self.district

        country = self.country

        groupid: int | str | Unset
        if isinstance(self.groupid, Unset):
            groupid = UNSET
        else:
            groupid = self.groupid

        global_ = self.global_

        allgroup: bool | int | str | Unset
        if isinstance(self.allgroup, Unset):
            allgroup = UNSET
        elif isinstance(self.allgroup, int) or isinstance(self.allgroup, str):
            allgroup = self.allgroup
        else:
            allgroup = self.allgroup

        isDefault: bool | int | str | Unset
        if isinstance(self.isDefault, Unset):
            isDefault = UNSET
        elif isinstance(self.isDefault, int) or isinstance(self.isDefault, str):
            isDefault = self.isDefault
        else:
            isDefault = self.isDefault

        is_default: bool | int | str | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        elif isinstance(self.is_default, int) or isinstance(self.is_default, str):
            is_default = self.is_default
        else:
            is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if district is not UNSET:
            field_dict["district"] = district
        if country is not UNSET:
            field_dict["country"] = country
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if global_ is not UNSET:
            field_dict["global"] = global_
        if allgroup is not UNSET:
            field_dict["allgroup"] = allgroup
        if isDefault is not UNSET:
            field_dict["isDefault"] = isDefault
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            address_update_fields = cls.__new__(cls)
            d = dict(src_dict)
            address_update_fields.company_name = d.pop("companyName", UNSET)

            address_update_fields.address1 = d.pop("address1", UNSET)

            address_update_fields.address2 = d.pop("address2", UNSET)

            address_update_fields.city = d.pop("city", UNSET)

            address_update_fields.state = d.pop("state", UNSET)

            address_update_fields.zip_ = d.pop("zip", UNSET)

            address_update_fields.district = d.pop("district", UNSET)

            address_update_fields.country = d.pop("country", UNSET)

            address_update_fields.groupid = d.pop("groupid", UNSET)

            address_update_fields.global_ = d.pop("global", UNSET)

            def _parse_allgroup(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
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

            allgroup = _parse_allgroup(d.pop("allgroup", UNSET))

            address_update_fields.allgroup = allgroup

            def _parse_isDefault(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
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

            isDefault = _parse_isDefault(d.pop("isDefault", UNSET))

            address_update_fields.isDefault = isDefault

            def _parse_is_default(data: object) -> bool | FlagInputType1 | FlagInputType2 | Unset:
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

            is_default = _parse_is_default(d.pop("is_default", UNSET))

            address_update_fields.is_default = is_default

            address_update_fields.additional_properties = d
            return address_update_fields
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
