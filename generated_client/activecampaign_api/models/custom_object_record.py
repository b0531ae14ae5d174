from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class CustomObjectRecord(
    _Model,
    kw_only=True,
    rename={
        "external_id": "externalId",
        "schema_id": "schemaId",
        "created_timestamp": "createdTimestamp",
        "updated_timestamp": "updatedTimestamp",
    },
):
    """A record as the API returns it."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    external_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    schema_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    fields: list[CustomObjectRecordField] | None = None
    relationships: dict[str, list[str]] | None = None
    """ Related records keyed by the schema's relationship id (for example `primary-contact`): contact, deal or
    account ids, as strings on reads and as numbers when echoing a write. """
    created_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    updated_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """


from .custom_object_record_field import CustomObjectRecordField  # noqa: E402
