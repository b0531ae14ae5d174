from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class AutomationPageMeta(
    _Model,
    kw_only=True,
    rename={
        "sms_logs": "smsLogs",
    },
):
    """Paging information of an automation list, with the start triggers of the listed automations."""

    total: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    starts: list[AutomationStart] | None = None
    filtered: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    sms_logs: list[dict[str, Any]] | None = None


from .automation_start import AutomationStart  # noqa: E402
