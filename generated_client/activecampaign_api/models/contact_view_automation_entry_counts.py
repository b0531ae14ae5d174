from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewAutomationEntryCounts(
    _Model,
    kw_only=True,
    rename={
        "automation_entry_counts": "automationEntryCounts",
    },
):
    """A model of the API's answers."""

    automation_entry_counts: list[ContactViewAutomationEntryCount]


from .contact_view_automation_entry_count import ContactViewAutomationEntryCount  # noqa: E402
