from __future__ import annotations

from ..decoding import Model as _Model


class AutomationList(_Model, kw_only=True):
    """A model of the API's answers."""

    automations: list[Automation]
    meta: AutomationPageMeta | None = None
    """ Paging information of an automation list, with the start triggers of the listed automations. """

    def page_items(self) -> list[Automation]:
        """The items of this page (`automations`)."""
        return self.automations


from .automation import Automation  # noqa: E402
from .automation_page_meta import AutomationPageMeta  # noqa: E402
