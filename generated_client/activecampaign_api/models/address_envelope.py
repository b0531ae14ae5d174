from __future__ import annotations

from ..decoding import Model as _Model


class AddressEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    address: Address
    """ A sender address as the API returns it. """


from .address import Address  # noqa: E402
