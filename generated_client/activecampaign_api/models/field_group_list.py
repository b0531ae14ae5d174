from __future__ import annotations

from ..decoding import Model as _Model


class FieldGroupList(
    _Model,
    kw_only=True,
    rename={
        "group_definitions": "groupDefinitions",
    },
):
    """A model of the API's answers."""

    group_definitions: list[FieldGroup]


from .field_group import FieldGroup  # noqa: E402
