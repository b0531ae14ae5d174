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
    type_: SegmentMatchRunResourceType | None = None


from .segment_match_run import SegmentMatchRun  # noqa: E402
from .segment_match_run_resource_type import SegmentMatchRunResourceType  # noqa: E402
