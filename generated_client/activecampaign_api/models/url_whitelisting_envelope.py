from __future__ import annotations

from ..decoding import Model as _Model


class UrlWhitelistingEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    data: UrlWhitelisting
    """ A JSON:API resource object of an allowed domain. """


from .url_whitelisting import UrlWhitelisting  # noqa: E402
