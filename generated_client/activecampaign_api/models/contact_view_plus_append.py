from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewPlusAppend(
    _Model,
    kw_only=True,
    rename={
        "image_url": "imageUrl",
        "memberships_facebook": "membershipsFacebook",
        "memberships_twitter": "membershipsTwitter",
        "memberships_linkedin": "membershipsLinkedin",
    },
):
    """Social profile data appended to the contact by enrichment services."""

    id: str
    contact: str | None = None
    last_updated_rapleaf: str | None = None
    last_updated_fliptop: str | None = None
    last_updated_fullcontact: str | None = None
    image_url: str | None = None
    memberships_facebook: str | None = None
    memberships_twitter: str | None = None
    memberships_linkedin: str | None = None
    links: dict[str, str] | None = None
    """ Related-resource URLs keyed by relation name. """
