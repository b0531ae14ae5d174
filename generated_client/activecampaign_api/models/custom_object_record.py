from __future__ import annotations

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
    """ The record's id; a UUID unless the caller chose one. """
    external_id: str | None = None
    """ The caller's id of the record. """
    schema_id: str | None = None
    fields: list[CustomObjectRecordField] | None = None
    relationships: dict[str, list[str]] | None = None
    """ Related records keyed by the schema's relationship id (for example `primary-contact`): contact, deal or
    account ids, as strings on reads and as numbers when echoing a write. """
    created_timestamp: str | None = None
    """ Creation time, RFC 3339 with up to nanoseconds. """
    updated_timestamp: str | None = None
    """ Update time, RFC 3339 with up to nanoseconds. """


from .custom_object_record_field import CustomObjectRecordField  # noqa: E402
