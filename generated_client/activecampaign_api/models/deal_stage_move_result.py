from __future__ import annotations

from ..decoding import Model as _Model


class DealStageMoveResult(_Model, kw_only=True):
    """A model of the API's answers."""

    deals: list[Deal] | None = None


from .deal import Deal  # noqa: E402
