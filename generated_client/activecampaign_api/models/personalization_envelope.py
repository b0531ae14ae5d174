from __future__ import annotations

from ..decoding import Model as _Model


class PersonalizationEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    personalization: Personalization
    """ A personalization variable. Reads name its lists `listIds` (with `listNames` and `listsCount`); writes
    answer with `listids`. """


from .personalization import Personalization  # noqa: E402
