from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewOrganization(_Model, kw_only=True):
    """The contact's organization (the deprecated predecessor of accounts)."""

    id: str
    name: str | None = None
    created_timestamp: str | None = None
    updated_timestamp: str | None = None
    userid: str | None = None
    owner: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
