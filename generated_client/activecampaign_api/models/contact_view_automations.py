from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewAutomations(
    _Model,
    kw_only=True,
    rename={
        "contact_automations": "contactAutomations",
    },
):
    """A model of the API's answers."""

    contact_automations: list[ContactAutomation]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ContactAutomation]:
        """The items of this page (`contact_automations`)."""
        return self.contact_automations


from .contact_automation import ContactAutomation  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
