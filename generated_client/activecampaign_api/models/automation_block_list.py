from __future__ import annotations

from ..decoding import Model as _Model


class AutomationBlockList(
    _Model,
    kw_only=True,
    rename={
        "automation_blocks": "automationBlocks",
    },
):
    """A model of the API's answers."""

    automation_blocks: list[AutomationBlock]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[AutomationBlock]:
        """The items of this page (`automation_blocks`)."""
        return self.automation_blocks


from .automation_block import AutomationBlock  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
