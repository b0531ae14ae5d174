from __future__ import annotations

from ..decoding import Model as _Model


class FieldGroupEnvelope(
    _Model,
    kw_only=True,
    rename={
        "group_definition": "groupDefinition",
    },
):
    """A model of the API's answers."""

    group_definition: FieldGroup
    """ A named group of custom fields. `type_id` 1 holds contact fields, 2 deal fields, 3 account fields. """


from .field_group import FieldGroup  # noqa: E402
