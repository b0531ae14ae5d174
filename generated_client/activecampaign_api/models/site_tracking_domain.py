from __future__ import annotations

from ..decoding import Model as _Model


class SiteTrackingDomain(_Model, kw_only=True):
    """A domain allowed to report site visits, known only by its name."""

    name: str
