from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Webhook(_Model, kw_only=True):
    """A webhook as the API returns it."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    name: str | None = None
    url: str | None = None
    """ Where the account POSTs event data (https only on port 443). """
    events: list[str] | None = None
    """ Event names that fire the webhook (see listWebhookEvents). """
    sources: list[str] | None = None
    """ What may cause the events, e.g. `public`, `admin`, `api`, `system`. """
    listid: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    cdate: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
