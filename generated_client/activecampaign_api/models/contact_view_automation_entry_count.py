from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewAutomationEntryCount(
    _Model,
    kw_only=True,
    rename={
        "contact_entry_count": "contactEntryCount",
    },
):
    """How many times the contact entered one automation."""

    id: str
    """ Id of the automation. """
    name: str | None = None
    status: str | None = None
    """ Automation status, 1 active, 2 inactive. """
    hidden: str | None = None
    contact_entry_count: str | None = None
