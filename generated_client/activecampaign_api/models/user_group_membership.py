from __future__ import annotations

from ..decoding import Model as _Model


class UserGroupMembership(_Model, kw_only=True):
    """The link between a user and its user group."""

    id: str
    userid: str | None = None
    groupid: str | None = None
    user: str | None = None
    group: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
