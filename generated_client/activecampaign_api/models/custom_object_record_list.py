from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectRecordList(_Model, kw_only=True):
    """A model of the API's answers."""

    records: list[CustomObjectRecord]
    meta: CustomObjectPageMeta | None = None
    """ Paging information of custom object lists; numbers, unlike other lists. """

    def page_items(self) -> list[CustomObjectRecord]:
        """The items of this page (`records`)."""
        return self.records


from .custom_object_page_meta import CustomObjectPageMeta  # noqa: E402
from .custom_object_record import CustomObjectRecord  # noqa: E402
