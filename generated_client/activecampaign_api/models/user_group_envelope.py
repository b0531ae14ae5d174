from __future__ import annotations

from ..decoding import Model as _Model


class UserGroupEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    group: UserGroup
    """ A user group as the API returns it. Create answers carry only a few attributes. """


from .user_group import UserGroup  # noqa: E402
