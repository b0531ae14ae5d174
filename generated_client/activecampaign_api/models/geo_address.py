from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="GeoAddress")


@_attrs_define
class GeoAddress:
    """A geographic location resolved from an IP address."""

    id: str
    ip4: str | Unset = UNSET
    country2: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    zip_: str | Unset | None = UNSET
    area: str | Unset | None = UNSET
    lat: str | Unset | None = UNSET
    lon: str | Unset | None = UNSET
    tz: str | Unset | None = UNSET
    tstamp: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip4 = self.ip4

        country2: str | Unset | None
        if isinstance(self.country2, Unset):
            country2 = UNSET
        else:
            country2 = self.country2

        country: str | Unset | None
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        state: str | Unset | None
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        city: str | Unset | None
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_: str | Unset | None
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        area: str | Unset | None
        if isinstance(self.area, Unset):
            area = UNSET
        else:
            area = self.area

        lat: str | Unset | None
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        lon: str | Unset | None
        if isinstance(self.lon, Unset):
            lon = UNSET
        else:
            lon = self.lon

        tz: str | Unset | None
        if isinstance(self.tz, Unset):
            tz = UNSET
        else:
            tz = self.tz

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        else:
            tstamp = self.tstamp

        links: dict[str, Any] | list[str] | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, Links):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if ip4 is not UNSET:
            field_dict["ip4"] = ip4
        if country2 is not UNSET:
            field_dict["country2"] = country2
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if area is not UNSET:
            field_dict["area"] = area
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lon is not UNSET:
            field_dict["lon"] = lon
        if tz is not UNSET:
            field_dict["tz"] = tz
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            geo_address = cls.__new__(cls)
            d = dict(src_dict)
            geo_address.id = d.pop("id")

            geo_address.ip4 = d.pop("ip4", UNSET)

            geo_address.country2 = d.pop("country2", UNSET)

            geo_address.country = d.pop("country", UNSET)

            geo_address.state = d.pop("state", UNSET)

            geo_address.city = d.pop("city", UNSET)

            geo_address.zip_ = d.pop("zip", UNSET)

            geo_address.area = d.pop("area", UNSET)

            geo_address.lat = d.pop("lat", UNSET)

            geo_address.lon = d.pop("lon", UNSET)

            geo_address.tz = d.pop("tz", UNSET)

            geo_address.tstamp = d.pop("tstamp", UNSET)

            def _parse_links(data: object) -> Links | list[str] | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_links_or_empty_type_0 = Links.from_dict(data)

                    return componentsschemas_links_or_empty_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_links_or_empty_type_1 = cast(list[str], data)

                return componentsschemas_links_or_empty_type_1

            links = _parse_links(d.pop("links", UNSET))

            geo_address.links = links

            geo_address.additional_properties = d
            return geo_address
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
