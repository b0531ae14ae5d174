from __future__ import annotations

from ..decoding import Model as _Model


class SegmentEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    segment: Segment
    """ A saved segment. """


from .segment import Segment  # noqa: E402
