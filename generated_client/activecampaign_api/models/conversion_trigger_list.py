from __future__ import annotations

from ..decoding import Model as _Model


class ConversionTriggerList(
    _Model,
    kw_only=True,
    rename={
        "conversion_triggers": "conversionTriggers",
    },
):
    """A model of the API's answers."""

    conversion_triggers: list[ConversionTrigger]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[ConversionTrigger]:
        """The items of this page (`conversion_triggers`)."""
        return self.conversion_triggers


from .conversion_trigger import ConversionTrigger  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
