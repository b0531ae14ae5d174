from __future__ import annotations

from ..decoding import Model as _Model


class UrlWhitelistingList(_Model, kw_only=True):
    """A model of the API's answers."""

    data: list[UrlWhitelisting]


from .url_whitelisting import UrlWhitelisting  # noqa: E402
