from __future__ import annotations

from ..decoding import Model as _Model


class UrlWhitelisting(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A JSON:API resource object of an allowed domain."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    type_: str | None = None
    """ Always `urlWhitelistings`. """
    attributes: UrlWhitelistingAttributes | None = None
    """ An allowed domain's attributes as the API returns them. """


from .url_whitelisting_attributes import UrlWhitelistingAttributes  # noqa: E402
