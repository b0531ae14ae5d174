from __future__ import annotations

from ..decoding import Model as _Model


class AudienceCounts(_Model, kw_only=True):
    """A model of the API's answers."""

    last_total: AudienceCount | None = None
    """ A contact count and the run that produced it. """
    last_active_total: AudienceCount | None = None
    """ A contact count and the run that produced it. """


from .audience_count import AudienceCount  # noqa: E402
