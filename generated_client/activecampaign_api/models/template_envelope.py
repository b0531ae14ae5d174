from __future__ import annotations

from ..decoding import Model as _Model


class TemplateEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    template: Template
    """ An email template. Counters and flags arrive as strings of digits. """


from .template import Template  # noqa: E402
