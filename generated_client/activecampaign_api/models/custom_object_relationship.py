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
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    labels: CustomObjectLabels | None = None
    """ Human-readable names of a schema, field or relationship. """
    description: str | None = None
    namespace: str | None = None
    """ `contacts`, `deals` or `accounts`. """
    has_many: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    inherited: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """


from .custom_object_labels import CustomObjectLabels  # noqa: E402
