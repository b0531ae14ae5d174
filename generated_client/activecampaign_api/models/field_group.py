from __future__ import annotations

from ..decoding import Model as _Model


class FieldGroup(_Model, kw_only=True):
    """A named group of custom fields. `type_id` 1 holds contact fields, 2 deal fields, 3 account fields."""

    id: int
    type_id: int | None = None
    label: str | None = None
    """ Group name; built-in groups are named like `{**DEFAULT**}`. """
    ordernum: int | None = None
    created_by: int | None = None
    updated_by: int | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
