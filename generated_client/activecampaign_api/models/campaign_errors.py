from __future__ import annotations

from ..decoding import Model as _Model


class CampaignErrors(_Model, kw_only=True):
    """A model of the API's answers."""

    errors: list[str] | None = None
