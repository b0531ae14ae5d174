from __future__ import annotations

import datetime

from ..decoding import Model as _Model


class CustomObjectSchema(
    _Model,
    kw_only=True,
    rename={
        "parent_id": "parentId",
        "app_id": "appId",
        "created_timestamp": "createdTimestamp",
        "updated_timestamp": "updatedTimestamp",
    },
):
    """A custom object schema as the API returns it."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    parent_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    slug: str | None = None
    app_id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    visibility: str | None = None
    """ `private` or `public`. """
    labels: CustomObjectLabels | None = None
    """ Human-readable names of a schema, field or relationship. """
    description: str | None = None
    created_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    updated_timestamp: datetime.datetime | None = None
    """ Kind `datetime` (Python `datetime.datetime`): a point in time, in ISO 8601 or as MySQL `YYYY-MM-DD
    hh:mm:ss`. Null when unset; some older records carry the MySQL zero value `0000-00-00 00:00:00` instead, which
    means "never" and reads as None. """
    fields: list[CustomObjectField] | None = None
    icons: CustomObjectIcons | None = None
    relationships: list[CustomObjectRelationship] | None = None


from .custom_object_field import CustomObjectField  # noqa: E402
from .custom_object_icons import CustomObjectIcons  # noqa: E402
from .custom_object_labels import CustomObjectLabels  # noqa: E402
from .custom_object_relationship import CustomObjectRelationship  # noqa: E402
