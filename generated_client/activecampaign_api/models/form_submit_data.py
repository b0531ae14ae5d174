from __future__ import annotations

from ..decoding import Model as _Model


class FormSubmitData(_Model, kw_only=True):
    """A model of the API's answers."""

    url: str | None = None
    """ Where to redirect after submission, when `submit` redirects. """
