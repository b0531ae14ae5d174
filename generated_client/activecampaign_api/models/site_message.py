from __future__ import annotations

import datetime
from typing import Any

from ..decoding import Model as _Model


class SiteMessage(_Model, kw_only=True):
    """A message shown on the account's site by an automation."""

    id: str
    name: str | None = None
    automation: str | None = None
    """ Id of the automation that shows it. """
    template: dict[str, Any] | None = None
    """ The message's content and layout, as the editor stores it. """
    ldate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
