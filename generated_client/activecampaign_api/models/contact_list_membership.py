from __future__ import annotations

from ..decoding import Model as _Model


class ContactListMembership(
    _Model,
    kw_only=True,
    rename={
        "list_": "list",
        "ip_4_sub": "ip4Sub",
        "autosync_log": "autosyncLog",
        "ip_4_unsub": "ip4Unsub",
        "unsubscribe_automation": "unsubscribeAutomation",
    },
):
    """A contact's membership of one list."""

    id: str
    contact: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    list_: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    form: str | None = None
    seriesid: str | None = None
    sdate: str | None = None
    """ When the contact subscribed. """
    udate: str | None = None
    status: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    responder: str | None = None
    sync: str | None = None
    unsubreason: str | None = None
    campaign: str | None = None
    message: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    ip_4_sub: str | None = None
    sourceid: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    autosync_log: str | None = None
    ip4_last: str | None = None
    ip_4_unsub: str | None = None
    unsubscribe_automation: str | None = None
    automation: str | None = None
    created_timestamp: str | None = None
    updated_timestamp: str | None = None
    created_by: str | None = None
    updated_by: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
