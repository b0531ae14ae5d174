from __future__ import annotations

from ..decoding import Model as _Model


class Address(
    _Model,
    kw_only=True,
    rename={
        "company_name": "companyName",
        "zip_": "zip",
        "is_default": "isDefault",
    },
):
    """A sender address as the API returns it."""

    id: str
    company_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    district: str | None = None
    zip_: str | None = None
    country: str | None = None
    """ Two-letter country code. The create answer has been seen to send an internal number instead. """
    allgroup: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    is_default: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
