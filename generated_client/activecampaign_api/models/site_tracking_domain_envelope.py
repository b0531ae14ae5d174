from __future__ import annotations

from typing import TYPE_CHECKING

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

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            site_tracking_domain: SiteTrackingDomain,
        ) -> None: ...


from .site_tracking_domain import SiteTrackingDomain  # noqa: E402
