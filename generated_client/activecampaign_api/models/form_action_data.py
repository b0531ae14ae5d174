from __future__ import annotations

from ..decoding import Model as _Model


class FormActionData(_Model, kw_only=True):
    """A model of the API's answers."""

    actions: list[FormAction] | None = None


from .form_action import FormAction  # noqa: E402
