from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectSchemaList(_Model, kw_only=True):
    """A model of the API's answers."""

    schemas: list[CustomObjectSchema]
    meta: CustomObjectPageMeta | None = None
    """ Paging information of custom object lists; numbers, unlike other lists. """

    def page_items(self) -> list[CustomObjectSchema]:
        """The items of this page (`schemas`)."""
        return self.schemas


from .custom_object_page_meta import CustomObjectPageMeta  # noqa: E402
from .custom_object_schema import CustomObjectSchema  # noqa: E402
