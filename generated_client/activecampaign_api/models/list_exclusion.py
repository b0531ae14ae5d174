from __future__ import annotations

from ..decoding import Model as _Model


class ListExclusion(
    _Model,
    kw_only=True,
    rename={
        "match_phrase": "matchPhrase",
        "match_type": "matchType",
    },
):
    """A pattern of addresses or numbers kept off some or all lists."""

    id: str
    match_phrase: str | None = None
    """ The email address, domain or phone pattern. """
    match_type: str | None = None
    """ How the phrase matches, for example `exact` or `end`. """
    channel: str | None = None
    """ Where the exclusion applies, for example `all`, `allSms`, `allEmail`, `several`. """
    hidden: bool | None = None
    lists: list[str] | None = None
    """ Ids of the lists, when the channel is `several`; empty otherwise. """
