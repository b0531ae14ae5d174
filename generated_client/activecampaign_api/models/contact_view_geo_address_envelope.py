from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewGeoAddressEnvelope(
    _Model,
    kw_only=True,
    rename={
        "geo_address": "geoAddress",
    },
):
    """A model of the API's answers."""

    geo_address: GeoAddress
    """ A geographic location resolved from an IP address. """


from .geo_address import GeoAddress  # noqa: E402
