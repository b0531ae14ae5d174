from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewData(
    _Model,
    kw_only=True,
    rename={
        "geo_tstamp": "geoTstamp",
        "geo_ip_4": "geoIp4",
        "geo_country_2": "geoCountry2",
        "geo_state": "geoState",
        "geo_city": "geoCity",
        "geo_zip": "geoZip",
        "geo_area": "geoArea",
        "geo_lat": "geoLat",
        "geo_lon": "geoLon",
        "geo_tz": "geoTz",
        "geo_tz_offset": "geoTzOffset",
    },
):
    """Geo, analytics and social data collected about the contact."""

    id: str
    contact: str | None = None
    tstamp: str | None = None
    geo_tstamp: str | None = None
    geo_ip_4: str | None = None
    geo_country_2: str | None = None
    geo_country: str | None = None
    geo_state: str | None = None
    geo_city: str | None = None
    geo_zip: str | None = None
    geo_area: str | None = None
    geo_lat: str | None = None
    geo_lon: str | None = None
    geo_tz: str | None = None
    geo_tz_offset: str | None = None
    ga_campaign_source: str | None = None
    ga_campaign_name: str | None = None
    ga_campaign_medium: str | None = None
    ga_campaign_term: str | None = None
    ga_campaign_content: str | None = None
    ga_campaign_customsegment: str | None = None
    ga_first_visit: str | None = None
    ga_times_visited: str | None = None
    fb_id: str | None = None
    fb_name: str | None = None
    tw_id: str | None = None
    created_timestamp: str | None = None
    updated_timestamp: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
