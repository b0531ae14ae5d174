from __future__ import annotations

from ..decoding import Model as _Model


class AutomationLookup(_Model, kw_only=True):
    """The answer of a single-automation lookup; see the operation's description."""

    automation: Automation | None = None
    """ An automation. Counters and flags arrive as strings of digits. """
    automations: list[Automation] | None = None
    meta: AutomationPageMeta | None = None
    """ Paging information of an automation list, with the start triggers of the listed automations. """


from .automation import Automation  # noqa: E402
from .automation_page_meta import AutomationPageMeta  # noqa: E402
