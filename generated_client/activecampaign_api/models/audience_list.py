from __future__ import annotations

from ..decoding import Model as _Model


class AudienceList(_Model, kw_only=True):
    """A model of the API's answers."""

    data: list[AudienceResource]


from .audience_resource import AudienceResource  # noqa: E402
