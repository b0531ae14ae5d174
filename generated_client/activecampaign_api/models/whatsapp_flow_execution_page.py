from __future__ import annotations

from ..decoding import Model as _Model


class WhatsappFlowExecutionPage(
    _Model,
    kw_only=True,
    rename={
        "next_": "next",
    },
):
    """A model of the API's answers."""

    results: list[WhatsappFlowExecution]
    count: int
    next_: str | None = None
    previous: str | None = None


from .whatsapp_flow_execution import WhatsappFlowExecution  # noqa: E402
