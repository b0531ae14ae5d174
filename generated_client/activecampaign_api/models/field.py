from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Field(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A custom contact field."""

    id: str
    title: str | None = None
    descript: str | None = None
    type_: str | None = None
    """ Field type: text, textarea, date, datetime, number, dropdown, listbox, radio, checkbox or hidden; empty for
    some legacy fields. """
    isrequired: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    perstag: str | None = None
    """ Personalization tag, for example `COMPANY_SIZE`. """
    defval: str | None = None
    """ Default value. """
    show_in_list: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    rows: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cols: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    visible: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    service: str | None = None
    """ Integration that owns the field; empty for fields made in the account. """
    ordernum: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    options: list[str] | None = None
    """ Ids of the field's options. """
    relations: list[str] | None = None
    """ Ids of the field's list relations. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
