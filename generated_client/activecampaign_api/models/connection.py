from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class Connection(
    _Model,
    kw_only=True,
    rename={
        "service_name": "serviceName",
        "connection_type": "connectionType",
        "is_internal": "isInternal",
        "sync_status": "syncStatus",
        "last_sync": "lastSync",
        "credential_expiration": "credentialExpiration",
        "logo_url": "logoUrl",
        "link_url": "linkUrl",
        "list_id": "listId",
    },
):
    """A connection as the API returns it."""

    id: str
    service: str | None = None
    """ Name of the external service. """
    service_name: str | None = None
    connection_type: str | None = None
    """ Kind of integration, for example `ecommerce`. """
    externalid: str | None = None
    """ Id of the account in the external service. """
    name: str | None = None
    """ Name of the account in the external service, often a company name. """
    is_internal: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    status: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    sync_status: str | None = None
    """ A number the API sends sometimes as a string of digits (usually when reading) and sometimes as a JSON number
    (usually when echoing a write). """
    last_sync: str | None = None
    """ When the last sync happened; null before the first one. """
    sync_request_time: str | None = None
    sync_start_time: str | None = None
    credential_expiration: str | None = None
    logo_url: str | None = None
    link_url: str | None = None
    list_id: str | None = None
    """ Like `StringOrInteger` (a string of digits or a JSON number), but null when unset. """
    cdate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    udate: datetime.datetime | None = None
    """ A point in time. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00`
    instead of null. """
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
