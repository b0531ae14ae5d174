from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Message(
    _Model,
    kw_only=True,
    rename={
        "format_": "format",
    },
):
    """An email message. Flags and ids arrive as strings."""

    id: str
    userid: str | None = None
    """ Id of the user who created the message. """
    user: str | None = None
    ed_instanceid: str | None = None
    """ Id of the designer instance holding the editable layout; `0` for none. """
    ed_version: str | None = None
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    mdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    name: str | None = None
    fromname: str | None = None
    fromemail: str | None = None
    reply2: str | None = None
    """ Reply-to address; empty when replies go to the sender. """
    priority: str | None = None
    """ Email priority header value, 1 (high) to 5 (low). """
    charset: str | None = None
    encoding: str | None = None
    format_: str | None = None
    """ `mime`, `html` or `text`. """
    subject: str | None = None
    preheader_text: str | None = None
    text: str | None = None
    html: str | None = None
    htmlfetch: str | None = None
    """ When to fetch HTML content from a URL, `now` or `send`. """
    textfetch: str | None = None
    hidden: str | None = None
    preview_mime: str | None = None
    preview_data: str | None = None
    has_predictive_content: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
