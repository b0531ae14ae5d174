from __future__ import annotations

from ..decoding import Model as _Model


class SiteTrackingDomainEnvelope(
    _Model,
    kw_only=True,
    rename={
        "site_tracking_domain": "siteTrackingDomain",
    },
):
    """A model of the API's answers."""

    site_tracking_domain: SiteTrackingDomain
    """ A domain allowed to report site visits, known only by its name. """


from .site_tracking_domain import SiteTrackingDomain  # noqa: E402
