from __future__ import annotations

from ..decoding import Model as _Model


class GeoAddress(
    _Model,
    kw_only=True,
    rename={
        "zip_": "zip",
    },
):
    """A geographic location resolved from an IP address."""

    id: str
    ip4: str | None = None
    country2: str | None = None
    country: str | None = None
    state: str | None = None
    city: str | None = None
    zip_: str | None = None
    area: str | None = None
    lat: str | None = None
    lon: str | None = None
    tz: str | None = None
    tstamp: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
