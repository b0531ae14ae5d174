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
    type_: str | None = None
    """ Always `urlWhitelistings`. """
    attributes: UrlWhitelistingAttributes | None = None
    """ An allowed domain's attributes as the API returns them. """


from .url_whitelisting_attributes import UrlWhitelistingAttributes  # noqa: E402
