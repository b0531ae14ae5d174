from __future__ import annotations

from ..decoding import Model as _Model


class FieldGroupMember(_Model, kw_only=True):
    """The placement of one custom field in a field group."""

    id: int
    group_id: int | None = None
    rel_id: int | None = None
    """ Id of the custom field. """
    ordernum: int | None = None
    created_by: int | None = None
    updated_by: int | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
