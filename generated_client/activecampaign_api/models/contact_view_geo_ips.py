from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewGeoIps(
    _Model,
    kw_only=True,
    rename={
        "geo_ips": "geoIps",
    },
):
    """A model of the API's answers."""

    geo_ips: list[GeoIp]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[GeoIp]:
        """The items of this page (`geo_ips`)."""
        return self.geo_ips


from .geo_ip import GeoIp  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
