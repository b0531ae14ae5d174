from __future__ import annotations

from ..decoding import Model as _Model


class SiteTrackingDomainList(
    _Model,
    kw_only=True,
    rename={
        "site_tracking_domains": "siteTrackingDomains",
    },
):
    """A model of the API's answers."""

    site_tracking_domains: list[SiteTrackingDomain]
    meta: FlexiblePageMeta | None = None
    """ Paging information of lists that send `total` as a JSON number, or sometimes as a string of digits, rather
    than always as a string. """

    def page_items(self) -> list[SiteTrackingDomain]:
        """The items of this page (`site_tracking_domains`)."""
        return self.site_tracking_domains


from .flexible_page_meta import FlexiblePageMeta  # noqa: E402
from .site_tracking_domain import SiteTrackingDomain  # noqa: E402
