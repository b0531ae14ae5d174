from __future__ import annotations

from typing import Any

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

    def page_items(self) -> list[dict[str, Any]]:
        """The items of this page (`fields`)."""
        return self.fields
