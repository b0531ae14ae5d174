from __future__ import annotations

from ..decoding import Model as _Model


class BrandingEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    branding: Branding
    """ A branding as the API returns it. Note that `links` here is a 0/1 flag (show links to ActiveCampaign), not
    the usual map of related URLs. """


from .branding import Branding  # noqa: E402
