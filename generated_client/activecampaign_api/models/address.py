from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A sender address as the API returns it."""

    id: str
    company_name: str | Unset = UNSET
    address1: str | Unset | None = UNSET
    address2: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    district: str | Unset | None = UNSET
    zip_: str | Unset | None = UNSET
    country: int | str | Unset = UNSET
    """ Two-letter country code. The create answer has been seen to send an internal number instead. """
    allgroup: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    is_default: int | str | Unset = UNSET
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: Links | Unset = UNSET
    """ Related-resource URLs keyed by relation name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        company_name = self.company_name

        address1: str | Unset | None
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: str | Unset | None
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: str | Unset | None
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: str | Unset | None
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        district: str | Unset | None
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        zip_: str | Unset | None
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        country: int | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        allgroup: int | str | Unset
        if isinstance(self.allgroup, Unset):
            allgroup = UNSET
        else:
            allgroup = self.allgroup

        is_default: int | str | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        if district is not UNSET:
            field_dict["district"] = district
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if country is not UNSET:
            field_dict["country"] = country
        if allgroup is not UNSET:
            field_dict["allgroup"] = allgroup
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            address = cls.__new__(cls)
            d = dict(src_dict)
            address.id = d.pop("id")

            address.company_name = d.pop("companyName", UNSET)

            address.address1 = d.pop("address1", UNSET)

            address.address2 = d.pop("address2", UNSET)

            address.city = d.pop("city", UNSET)

            address.state = d.pop("state", UNSET)

            address.district = d.pop("district", UNSET)

            address.zip_ = d.pop("zip", UNSET)

            address.country = d.pop("country", UNSET)

            address.allgroup = d.pop("allgroup", UNSET)

            address.is_default = d.pop("isDefault", UNSET)

            _links = d.pop("links", UNSET)
            links: Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = Links.from_dict(_links)

            address.links = links

            address.additional_properties = d
            return address
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


from ..models.links import Links  # noqa: E402
