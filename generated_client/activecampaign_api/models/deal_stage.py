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
    title: str | None = None
    group: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    order: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
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
    width: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
