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
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[SiteTrackingDomain]:
        """The items of this page (`site_tracking_domains`)."""
        return self.site_tracking_domains


from .page_meta import PageMeta  # noqa: E402
from .site_tracking_domain import SiteTrackingDomain  # noqa: E402
