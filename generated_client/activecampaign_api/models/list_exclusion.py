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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    match_phrase: str | None = None
    """ The email address, domain or phone pattern. """
    match_type: str | None = None
    """ How the phrase matches, for example `exact` or `end`. """
    channel: str | None = None
    """ Where the exclusion applies, for example `all`, `allSms`, `allEmail`, `several`. """
    hidden: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    lists: list[str] | None = None
    """ Ids of the lists, when the channel is `several`; empty otherwise. """
