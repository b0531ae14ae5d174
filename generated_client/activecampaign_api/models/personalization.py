from __future__ import annotations

from ..decoding import Model as _Model


class Personalization(
    _Model,
    kw_only=True,
    rename={
        "format_": "format",
        "list_ids": "listIds",
        "list_names": "listNames",
        "lists_count": "listsCount",
        "is_locked": "isLocked",
    },
):
    """A personalization variable. Reads name its lists `listIds` (with `listNames` and `listsCount`); writes answer
    with `listids`."""

    id: str
    name: str | None = None
    tag: str | None = None
    """ The tag used in messages, without the surrounding `%`. """
    format_: str | None = None
    """ `html` or `text`. """
    content: str | None = None
    list_ids: str | None = None
    """ Comma-separated ids of the lists the variable applies to. """
    list_names: str | None = None
    """ Comma-separated names of those lists. """
    lists_count: str | None = None
    listids: str | None = None
    """ Comma-separated ids of the lists the variable applies to. """
    userid: str | None = None
    is_locked: bool | None = None
    """ Whether only admins may change the variable. """
    created_timestamp: str | None = None
    """ Creation time as `YYYY-MM-DD hh:mm:ss`. """
    updated_timestamp: str | None = None
    """ Update time as `YYYY-MM-DD hh:mm:ss`. """
    created_by: str | None = None
    updated_by: str | None = None
    links: dict[str, str] | list[str] | None = None
    """ Related-resource URLs keyed by relation name, or the empty JSON array `[]` that PHP sends instead of an
    object when there are no links. """
