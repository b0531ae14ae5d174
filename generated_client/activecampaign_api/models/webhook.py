from __future__ import annotations

from ..decoding import Model as _Model


class Webhook(_Model, kw_only=True):
    """A webhook as the API returns it."""

    id: str
    name: str | None = None
    url: str | None = None
    """ Where the account POSTs event data (https only on port 443). """
    events: list[str] | None = None
    """ Event names that fire the webhook (see listWebhookEvents). """
    sources: list[str] | None = None
    """ What may cause the events, e.g. `public`, `admin`, `api`, `system`. """
    listid: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: str | None = None
    """ When the webhook was created. Kept a plain string: the API writes UTC as `-00:00`, which a date-time round
    trip would not preserve. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
