from __future__ import annotations

from ..decoding import Model as _Model


class Template(_Model, kw_only=True):
    """An email template. Counters and flags arrive as strings of digits."""

    id: str
    userid: str | None = None
    """ Id of the user who owns the template. """
    ed_instanceid: str | None = None
    ed_version: str | None = None
    name: str | None = None
    subject: str | None = None
    content: str | None = None
    """ The template's HTML. """
    categoryid: str | None = None
    used: str | None = None
    """ Number of campaigns using the template. """
    waitpreview: str | None = None
    importnum: str | None = None
    mdate: str | None = None
    """ Last modification as `YYYY-MM-DD hh:mm:ss`. """
    preview_content: str | None = None
    modified: str | None = None
    hidden: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
