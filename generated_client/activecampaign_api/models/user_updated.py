from __future__ import annotations

from ..decoding import Model as _Model


class UserUpdated(
    _Model,
    kw_only=True,
    rename={
        "user_groups": "userGroups",
    },
):
    """A model of the API's answers."""

    user: User
    """ A user as the API returns it. """
    user_groups: list[UserGroupMembership] | None = None


from .user import User  # noqa: E402
from .user_group_membership import UserGroupMembership  # noqa: E402
