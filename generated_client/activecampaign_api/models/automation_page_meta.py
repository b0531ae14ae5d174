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

    total: str | None = None
    starts: list[AutomationStart] | None = None
    filtered: bool | None = None
    sms_logs: list[dict[str, Any]] | None = None


from .automation_start import AutomationStart  # noqa: E402
