from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class DealStage(
    _Model,
    kw_only=True,
    rename={
        "deal_order": "dealOrder",
        "card_region_1": "cardRegion1",
        "card_region_2": "cardRegion2",
        "card_region_3": "cardRegion3",
        "card_region_4": "cardRegion4",
        "card_region_5": "cardRegion5",
    },
):
    """A stage of a pipeline. `order` and `width` are strings of digits, or numbers when echoed after a write."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    title: str | None = None
    group: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    order: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    deal_order: str | None = None
    """ How deal cards are sorted in the stage, `<option> <ASC|DESC>`. """
    card_region_1: str | None = None
    """ What the upper-left corner of a deal card shows. """
    card_region_2: str | None = None
    """ What the upper-right corner of a deal card shows. """
    card_region_3: str | None = None
    """ `show-avatar` or `hide-avatar`. """
    card_region_4: str | None = None
    """ What a deal card shows next to the avatar. """
    card_region_5: str | None = None
    """ What the lower-right corner of a deal card shows. """
    color: str | None = None
    """ Six-digit hex colour without `#`. """
    width: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    cdate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    udate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
