from __future__ import annotations

from ..decoding import Model as _Model


class CustomObjectSchemaEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    schema: CustomObjectSchema
    """ A custom object schema as the API returns it. """


from .custom_object_schema import CustomObjectSchema  # noqa: E402
