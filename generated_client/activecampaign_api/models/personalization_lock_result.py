from __future__ import annotations

from ..decoding import Model as _Model


class PersonalizationLockResult(_Model, kw_only=True):
    """A model of the API's answers."""

    success: bool | None = None
    message: str | None = None
