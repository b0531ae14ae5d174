from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectRelationship(
    _Model,
    kw_only=True,
    rename={
        "has_many": "hasMany",
    },
):
    """A relationship of a schema to contacts, deals or accounts."""

    id: str
    labels: CustomObjectLabels | None = None
    """ Human-readable names of a schema, field or relationship. """
    description: str | None = None
    namespace: str | None = None
    """ `contacts`, `deals` or `accounts`. """
    has_many: bool | None = None
    """ True when a record may relate to several owners. """
    inherited: bool | None = None


from .custom_object_labels import CustomObjectLabels  # noqa: E402
