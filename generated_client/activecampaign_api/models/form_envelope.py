from __future__ import annotations

from ..decoding import Model as _Model


class FormEnvelope(_Model, kw_only=True):
    """A model of the API's answers."""

    form: Form
    """ A subscription form. """


from .form import Form  # noqa: E402
