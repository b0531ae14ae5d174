from __future__ import annotations

from ..decoding import Model as _Model


class WhatsappFlowExecutionContactPage(
    _Model,
    kw_only=True,
    rename={
        "next_": "next",
    },
):
    """A model of the API's answers."""

    results: list[WhatsappFlowExecutionContact]
    count: int
    next_: str | None = None
    previous: str | None = None


from .whatsapp_flow_execution_contact import WhatsappFlowExecutionContact  # noqa: E402
