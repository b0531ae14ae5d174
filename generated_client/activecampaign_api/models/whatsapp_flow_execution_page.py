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
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    next_: str | None = None
    previous: str | None = None


from .whatsapp_flow_execution import WhatsappFlowExecution  # noqa: E402
