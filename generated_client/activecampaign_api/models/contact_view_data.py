from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError as _ParseError
from ..types import UNSET, Unset
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ContactViewData")


@_attrs_define
class ContactViewData:
    """Geo, analytics and social data collected about the contact."""

    id: str
    contact: str | Unset = UNSET
    tstamp: str | Unset | None = UNSET
    geo_tstamp: str | Unset | None = UNSET
    geo_ip_4: str | Unset | None = UNSET
    geo_country_2: str | Unset | None = UNSET
    geo_country: str | Unset | None = UNSET
    geo_state: str | Unset | None = UNSET
    geo_city: str | Unset | None = UNSET
    geo_zip: str | Unset | None = UNSET
    geo_area: str | Unset | None = UNSET
    geo_lat: str | Unset | None = UNSET
    geo_lon: str | Unset | None = UNSET
    geo_tz: str | Unset | None = UNSET
    geo_tz_offset: str | Unset | None = UNSET
    ga_campaign_source: str | Unset | None = UNSET
    ga_campaign_name: str | Unset | None = UNSET
    ga_campaign_medium: str | Unset | None = UNSET
    ga_campaign_term: str | Unset | None = UNSET
    ga_campaign_content: str | Unset | None = UNSET
    ga_campaign_customsegment: str | Unset | None = UNSET
    ga_first_visit: str | Unset | None = UNSET
    ga_times_visited: str | Unset | None = UNSET
    fb_id: str | Unset | None = UNSET
    fb_name: str | Unset | None = UNSET
    tw_id: str | Unset | None = UNSET
    created_timestamp: str | Unset | None = UNSET
    updated_timestamp: str | Unset | None = UNSET
    created_by: str | Unset | None = UNSET
    updated_by: str | Unset | None = UNSET
    links: Links | list[str] | Unset = UNSET
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact = self.contact

        tstamp: str | Unset | None
        if isinstance(self.tstamp, Unset):
            tstamp = UNSET
        else:
            tstamp = self.tstamp

        geo_tstamp: str | Unset | None
        if isinstance(self.geo_tstamp, Unset):
            geo_tstamp = UNSET
        else:
            geo_tstamp = self.geo_tstamp

        geo_ip_4: str | Unset | None
        if isinstance(self.geo_ip_4, Unset):
            geo_ip_4 = UNSET
        else:
            geo_ip_4 = self.geo_ip_4

        geo_country_2: str | Unset | None
        if isinstance(self.geo_country_2, Unset):
            geo_country_2 = UNSET
        else:
            geo_country_2 = self.geo_country_2

        geo_country: str | Unset | None
        if isinstance(self.geo_country, Unset):
            geo_country = UNSET
        else:
            geo_country = self.geo_country

        geo_state: str | Unset | None
        if isinstance(self.geo_state, Unset):
            geo_state = UNSET
        else:
            geo_state = self.geo_state

        geo_city: str | Unset | None
        if isinstance(self.geo_city, Unset):
            geo_city = UNSET
        else:
            geo_city = self.geo_city

        geo_zip: str | Unset | None
        if isinstance(self.geo_zip, Unset):
            geo_zip = UNSET
        else:
            geo_zip = self.geo_zip

        geo_area: str | Unset | None
        if isinstance(self.geo_area, Unset):
            geo_area = UNSET
        else:
            geo_area = self.geo_area

        geo_lat: str | Unset | None
        if isinstance(self.geo_lat, Unset):
            geo_lat = UNSET
        else:
            geo_lat = self.geo_lat

        geo_lon: str | Unset | None
        if isinstance(self.geo_lon, Unset):
            geo_lon = UNSET
        else:
            geo_lon = self.geo_lon

        geo_tz: str | Unset | None
        if isinstance(self.geo_tz, Unset):
            geo_tz = UNSET
        else:
            geo_tz = self.geo_tz

        geo_tz_offset: str | Unset | None
        if isinstance(self.geo_tz_offset, Unset):
            geo_tz_offset = UNSET
        else:
            geo_tz_offset = self.geo_tz_offset

        ga_campaign_source: str | Unset | None
        if isinstance(self.ga_campaign_source, Unset):
            ga_campaign_source = UNSET
        else:
            ga_campaign_source = self.ga_campaign_source

        ga_campaign_name: str | Unset | None
        if isinstance(self.ga_campaign_name, Unset):
            ga_campaign_name = UNSET
        else:
            ga_campaign_name = self.ga_campaign_name

        ga_campaign_medium: str | Unset | None
        if isinstance(self.ga_campaign_medium, Unset):
            ga_campaign_medium = UNSET
        else:
            ga_campaign_medium = self.ga_campaign_medium

        ga_campaign_term: str | Unset | None
        if isinstance(self.ga_campaign_term, Unset):
            ga_campaign_term = UNSET
        else:
            ga_campaign_term = self.ga_campaign_term

        ga_campaign_content: str | Unset | None
        if isinstance(self.ga_campaign_content, Unset):
            ga_campaign_content = UNSET
        else:
            ga_campaign_content = self.ga_campaign_content

        ga_campaign_customsegment: str | Unset | None
        if isinstance(self.ga_campaign_customsegment, Unset):
            ga_campaign_customsegment = UNSET
        else:
            ga_campaign_customsegment = self.ga_campaign_customsegment

        ga_first_visit: str | Unset | None
        if isinstance(self.ga_first_visit, Unset):
            ga_first_visit = UNSET
        else:
            ga_first_visit = self.ga_first_visit

        ga_times_visited: str | Unset | None
        if isinstance(self.ga_times_visited, Unset):
            ga_times_visited = UNSET
        else:
            ga_times_visited = self.ga_times_visited

        fb_id: str | Unset | None
        if isinstance(self.fb_id, Unset):
            fb_id = UNSET
        else:
            fb_id = self.fb_id

        fb_name: str | Unset | None
        if isinstance(self.fb_name, Unset):
            fb_name = UNSET
        else:
            fb_name = self.fb_name

        tw_id: str | Unset | None
        if isinstance(self.tw_id, Unset):
            tw_id = UNSET
        else:
            tw_id = self.tw_id

        created_timestamp: str | Unset | None
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: str | Unset | None
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        created_by: str | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: str | Unset | None
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

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
        if contact is not UNSET:
            field_dict["contact"] = contact
        if tstamp is not UNSET:
            field_dict["tstamp"] = tstamp
        if geo_tstamp is not UNSET:
            field_dict["geoTstamp"] = geo_tstamp
        if geo_ip_4 is not UNSET:
            field_dict["geoIp4"] = geo_ip_4
        if geo_country_2 is not UNSET:
            field_dict["geoCountry2"] = geo_country_2
        if geo_country is not UNSET:
            field_dict["geo_country"] = geo_country
        if geo_state is not UNSET:
            field_dict["geoState"] = geo_state
        if geo_city is not UNSET:
            field_dict["geoCity"] = geo_city
        if geo_zip is not UNSET:
            field_dict["geoZip"] = geo_zip
        if geo_area is not UNSET:
            field_dict["geoArea"] = geo_area
        if geo_lat is not UNSET:
            field_dict["geoLat"] = geo_lat
        if geo_lon is not UNSET:
            field_dict["geoLon"] = geo_lon
        if geo_tz is not UNSET:
            field_dict["geoTz"] = geo_tz
        if geo_tz_offset is not UNSET:
            field_dict["geoTzOffset"] = geo_tz_offset
        if ga_campaign_source is not UNSET:
            field_dict["ga_campaign_source"] = ga_campaign_source
        if ga_campaign_name is not UNSET:
            field_dict["ga_campaign_name"] = ga_campaign_name
        if ga_campaign_medium is not UNSET:
            field_dict["ga_campaign_medium"] = ga_campaign_medium
        if ga_campaign_term is not UNSET:
            field_dict["ga_campaign_term"] = ga_campaign_term
        if ga_campaign_content is not UNSET:
            field_dict["ga_campaign_content"] = ga_campaign_content
        if ga_campaign_customsegment is not UNSET:
            field_dict["ga_campaign_customsegment"] = ga_campaign_customsegment
        if ga_first_visit is not UNSET:
            field_dict["ga_first_visit"] = ga_first_visit
        if ga_times_visited is not UNSET:
            field_dict["ga_times_visited"] = ga_times_visited
        if fb_id is not UNSET:
            field_dict["fb_id"] = fb_id
        if fb_name is not UNSET:
            field_dict["fb_name"] = fb_name
        if tw_id is not UNSET:
            field_dict["tw_id"] = tw_id
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            contact_view_data = cls.__new__(cls)
            d = dict(src_dict)
            contact_view_data.id = d.pop("id")

            contact_view_data.contact = d.pop("contact", UNSET)

            contact_view_data.tstamp = d.pop("tstamp", UNSET)

            contact_view_data.geo_tstamp = d.pop("geoTstamp", UNSET)

            contact_view_data.geo_ip_4 = d.pop("geoIp4", UNSET)

            contact_view_data.geo_country_2 = d.pop("geoCountry2", UNSET)

            contact_view_data.geo_country = d.pop("geo_country", UNSET)

            contact_view_data.geo_state = d.pop("geoState", UNSET)

            contact_view_data.geo_city = d.pop("geoCity", UNSET)

            contact_view_data.geo_zip = d.pop("geoZip", UNSET)

            contact_view_data.geo_area = d.pop("geoArea", UNSET)

            contact_view_data.geo_lat = d.pop("geoLat", UNSET)

            contact_view_data.geo_lon = d.pop("geoLon", UNSET)

            contact_view_data.geo_tz = d.pop("geoTz", UNSET)

            contact_view_data.geo_tz_offset = d.pop("geoTzOffset", UNSET)

            contact_view_data.ga_campaign_source = d.pop("ga_campaign_source", UNSET)

            contact_view_data.ga_campaign_name = d.pop("ga_campaign_name", UNSET)

            contact_view_data.ga_campaign_medium = d.pop("ga_campaign_medium", UNSET)

            contact_view_data.ga_campaign_term = d.pop("ga_campaign_term", UNSET)

            contact_view_data.ga_campaign_content = d.pop("ga_campaign_content", UNSET)

            contact_view_data.ga_campaign_customsegment = d.pop("ga_campaign_customsegment", UNSET)

            contact_view_data.ga_first_visit = d.pop("ga_first_visit", UNSET)

            contact_view_data.ga_times_visited = d.pop("ga_times_visited", UNSET)

            contact_view_data.fb_id = d.pop("fb_id", UNSET)

            contact_view_data.fb_name = d.pop("fb_name", UNSET)

            contact_view_data.tw_id = d.pop("tw_id", UNSET)

            contact_view_data.created_timestamp = d.pop("created_timestamp", UNSET)

            contact_view_data.updated_timestamp = d.pop("updated_timestamp", UNSET)

            contact_view_data.created_by = d.pop("created_by", UNSET)

            contact_view_data.updated_by = d.pop("updated_by", UNSET)

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

            contact_view_data.links = links

            contact_view_data.additional_properties = d
            return contact_view_data
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
