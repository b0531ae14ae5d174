from __future__ import annotations

from ..decoding import Model as _Model


class AccountEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    account: Account
    """ An account (company) as the API returns it. """


from .account import Account  # noqa: E402
