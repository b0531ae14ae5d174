from __future__ import annotations

from ..decoding import Model as _Model


class SecondaryContactEnvelope(
    _Model,
    kw_only=True,
    rename={
        "contact_deal": "contactDeal",
    },
):
    """A model of the API's answers."""

    contact_deal: SecondaryContact
    """ A contact taking part in a deal besides its primary contact. Ids are strings, or numbers when echoed after a
    write. """
    deals: list[Deal] | None = None


from .deal import Deal  # noqa: E402
from .secondary_contact import SecondaryContact  # noqa: E402
