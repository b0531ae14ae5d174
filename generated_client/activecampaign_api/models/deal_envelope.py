from __future__ import annotations

from ..decoding import Model as _Model


class DealEnvelope(
    _Model,
    kw_only=True,
    rename={
        "deal_stages": "dealStages",
    },
):
    """A deal after a write, with its primary contact and its stage."""

    deal: Deal
    """ A deal as the API returns it. Most numbers arrive as strings of digits, but a deal just created or updated
    echoes some of them as JSON numbers. """
    contacts: list[Contact] | None = None
    deal_stages: list[DealStage] | None = None


from .contact import Contact  # noqa: E402
from .deal import Deal  # noqa: E402
from .deal_stage import DealStage  # noqa: E402
