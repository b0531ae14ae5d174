from __future__ import annotations

from ..decoding import Model as _Model


class ContactAutomationCreated(
    _Model,
    kw_only=True,
    rename={
        "contact_automation": "contactAutomation",
    },
):
    """A model of the API's answers."""

    contact_automation: ContactAutomation
    """ A contact's run through one automation. Right after creation `startid` and `status` arrive as JSON numbers,
    and some views send the element counters as numbers; elsewhere they are strings of digits. """
    contacts: list[Contact] | None = None


from .contact import Contact  # noqa: E402
from .contact_automation import ContactAutomation  # noqa: E402
