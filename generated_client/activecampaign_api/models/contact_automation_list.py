from __future__ import annotations

from ..decoding import Model as _Model


class ContactAutomationList(
    _Model,
    kw_only=True,
    rename={
        "contact_automations": "contactAutomations",
    },
):
    """A model of the API's answers."""

    contact_automations: list[ContactAutomation]
    automations: list[Automation] | None = None
    """ Side-loaded with `include=automation`. """
    contacts: list[Contact] | None = None
    """ Side-loaded with `include=contact`. """
    meta: ContactAutomationPageMeta | None = None

    def page_items(self) -> list[ContactAutomation]:
        """The items of this page (`contact_automations`)."""
        return self.contact_automations


from .automation import Automation  # noqa: E402
from .contact import Contact  # noqa: E402
from .contact_automation import ContactAutomation  # noqa: E402
from .contact_automation_page_meta import ContactAutomationPageMeta  # noqa: E402
