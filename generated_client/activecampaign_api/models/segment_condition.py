from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..decoding import Model as _Model


class SegmentCondition(_Model, kw_only=True):
    """One condition: which kind of record (`object_type`, for example `contact` or a custom object), from which system
    (`source_system`), and the field tests. The field tests and aggregates have many variants; they are kept as the
    API sends them."""

    id: str
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    object_type: str
    source_system: str
    fields: list[dict[str, Any]]
    field_aggregate: dict[str, Any] | None = None
    meta: dict[str, Any] | None = None

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            id: str | int,
            object_type: str | int | float,
            source_system: str | int | float,
            fields: list[dict[str, Any]],
            field_aggregate: dict[str, Any] | None = None,
            meta: dict[str, Any] | None = None,
        ) -> None: ...

    def page_items(self) -> list[dict[str, Any]]:
        """The items of this page (`fields`)."""
        return self.fields
