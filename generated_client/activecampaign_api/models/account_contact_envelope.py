from __future__ import annotations

from ..decoding import Model as _Model


class AccountContactEnvelope(
    _Model,
    kw_only=True,
    rename={
        "account_contact": "accountContact",
    },
):
    """A model of the API's answers."""

    account_contact: AccountContact
    """ A contact's membership of an account. """
    meta: AccountContactMeta | None = None
    """ Paging information. Some answers also carry `queryLog`, a debugging record of the database queries run. """


from .account_contact import AccountContact  # noqa: E402
from .account_contact_meta import AccountContactMeta  # noqa: E402
