from __future__ import annotations

from ..decoding import Model as _Model


class AccountNoteEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    note: AccountNote
    """ A note attached to an account. """
    accounts: list[Account] | None = None


from .account import Account  # noqa: E402
from .account_note import AccountNote  # noqa: E402
