from __future__ import annotations

from ..decoding import Model as _Model


class UserEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    user: User
    """ A user as the API returns it. """


from .user import User  # noqa: E402
