from __future__ import annotations

from ..decoding import Model as _Model


class ListGroup(
    _Model,
    kw_only=True,
    rename={
        "list_": "list",
    },
):
    """A permission letting one user group use one list. Right after creation `list` and `group` echo the numbers sent;
    reads return strings of digits."""

    id: str
    listid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    groupid: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    list_: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    group: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
