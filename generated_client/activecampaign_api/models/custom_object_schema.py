from __future__ import annotations

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
    """ The schema's id, a UUID. """
    parent_id: str | None = None
    """ Id of the public schema a child schema extends. """
    slug: str | None = None
    app_id: str | None = None
    visibility: str | None = None
    """ `private` or `public`. """
    labels: CustomObjectLabels | None = None
    """ Human-readable names of a schema, field or relationship. """
    description: str | None = None
    created_timestamp: str | None = None
    """ Creation time, RFC 3339 with up to nanoseconds. """
    updated_timestamp: str | None = None
    """ Update time, RFC 3339 with up to nanoseconds. """
    fields: list[CustomObjectField] | None = None
    icons: CustomObjectIcons | None = None
    relationships: list[CustomObjectRelationship] | None = None


from .custom_object_field import CustomObjectField  # noqa: E402
from .custom_object_icons import CustomObjectIcons  # noqa: E402
from .custom_object_labels import CustomObjectLabels  # noqa: E402
from .custom_object_relationship import CustomObjectRelationship  # noqa: E402
