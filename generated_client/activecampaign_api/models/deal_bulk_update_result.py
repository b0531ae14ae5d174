from __future__ import annotations

from ..decoding import Model as _Model


class DealBulkUpdateResult(_Model, kw_only=True):
    """Deal ids sorted by outcome."""

    success: list[str] | None = None
    """ Deals whose owner changed. """
    nochange: list[str] | None = None
    """ Deals that already had that owner. """
    failed: list[str] | None = None
    """ Deals that could not be changed. """
