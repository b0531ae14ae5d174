from __future__ import annotations

from ..decoding import Model as _Model


class DealNoteEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    note: DealNote
    """ A note attached to a deal. """
    deals: list[Deal] | None = None


from .deal import Deal  # noqa: E402
from .deal_note import DealNote  # noqa: E402
