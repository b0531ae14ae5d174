from __future__ import annotations

from ..decoding import Model as _Model


class ContactViewOrganizationEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    organization: ContactViewOrganization
    """ The contact's organization (the deprecated predecessor of accounts). """


from .contact_view_organization import ContactViewOrganization  # noqa: E402
