from __future__ import annotations

from ..decoding import Model as _Model


class ConfigEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    config: Config
    """ A setting as the API returns it. """


from .config import Config  # noqa: E402
