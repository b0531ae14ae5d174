from __future__ import annotations

from ..decoding import Model as _Model


class StripoCompanyLocation(
    _Model,
    kw_only=True,
    rename={
        "country_code": "countryCode",
    },
):
    """A model of the API's answers."""

    city: str | None = None
    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    state: str | None = None
    subregion: str | None = None
