from __future__ import annotations

from ..decoding import Model as _Model


class ScoreEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    score: Score
    """ A scoring rule for contacts or deals. """


from .score import Score  # noqa: E402
