from __future__ import annotations

from ..decoding import Model as _Model


class GeoIp(
    _Model,
    kw_only=True,
    rename={
        "geo_address": "geoAddress",
    },
):
    """An IP address a contact was seen at, tied to a campaign message."""

    id: str
    contact: str | None = None
    campaignid: str | None = None
    messageid: str | None = None
    geoaddrid: str | None = None
    ip4: str | None = None
    tstamp: str | None = None
    geo_address: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
