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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    company_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    district: str | None = None
    zip_: str | None = None
    country: str | None = None
    """ Two-letter country code. The create answer has been seen to send an internal number instead. """
    allgroup: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    is_default: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
