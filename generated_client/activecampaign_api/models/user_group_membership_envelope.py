from __future__ import annotations

from ..decoding import Model as _Model


class UserGroupMembershipEnvelope(
    _Model,
    kw_only=True,
    rename={
        "user_group": "userGroup",
    },
):
    """A model of the API's answers."""

    user_group: UserGroupMembership
    """ The link between a user and its user group. """


from .user_group_membership import UserGroupMembership  # noqa: E402
