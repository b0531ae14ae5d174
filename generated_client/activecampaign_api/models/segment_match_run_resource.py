from __future__ import annotations

from ..decoding import Model as _Model


class SegmentMatchRunResource(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """A model of the API's answers."""

    attributes: SegmentMatchRun
    """ A match run and, once it is ready, one page of the contact ids it found. """
    id: str | None = None
    """ Kind `id` (Python `str`): a record's id, or the id of another record an attribute points to. Sent as a
    string of digits when read and often as a JSON number when a write is echoed; the SDK keeps it as a string (a
    number becomes its digits). Null when unset. """
    type_: SegmentMatchRunResourceType | None = None


from .segment_match_run import SegmentMatchRun  # noqa: E402
from .segment_match_run_resource_type import SegmentMatchRunResourceType  # noqa: E402
