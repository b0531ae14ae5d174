from __future__ import annotations

from ..decoding import Model as _Model


class DealStageEnvelope(
    _Model,
    kw_only=True,
    rename={
        "deal_stage": "dealStage",
    },
):
    """A model of the API's answers."""

    deal_stage: DealStage
    """ A stage of a pipeline. `order` and `width` are strings of digits, or numbers when echoed after a write. """


from .deal_stage import DealStage  # noqa: E402
