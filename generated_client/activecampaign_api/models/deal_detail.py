from __future__ import annotations

from ..decoding import Model as _Model


class DealDetail(_Model, kw_only=True):
    """A model of the API's answers."""

    deal: Deal
    """ A deal as the API returns it. Most numbers arrive as strings of digits, but a deal just created or updated
    echoes some of them as JSON numbers. """


from .deal import Deal  # noqa: E402
