from __future__ import annotations

from ..decoding import Model as _Model


class FieldGroupMemberEnvelope(
    _Model,
    kw_only=True,
    rename={
        "group_member": "groupMember",
    },
):
    """A model of the API's answers."""

    group_member: FieldGroupMember
    """ The placement of one custom field in a field group. """


from .field_group_member import FieldGroupMember  # noqa: E402
