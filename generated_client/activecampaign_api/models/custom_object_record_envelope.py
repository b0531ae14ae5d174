from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectRecordEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    record: CustomObjectRecord
    """ A record as the API returns it. """


from .custom_object_record import CustomObjectRecord  # noqa: E402
