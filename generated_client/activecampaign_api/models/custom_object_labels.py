from __future__ import annotations

from typing import TYPE_CHECKING

from ..decoding import Model as _Model


class CustomObjectLabels(_Model, kw_only=True):
    """Human-readable names of a schema, field or relationship."""

    singular: str | None = None
    plural: str | None = None

    if TYPE_CHECKING:
        # Request bodies hold this model too: built for sending, it takes what the API accepts (an id
        # as digits or a number, a flag as a bool or 0/1, ...) and sends it as given. The attributes
        # are typed as answers are read; a model built here holds what it was given.
        def __init__(
            self,
            *,
            singular: str | int | float | None = None,
            plural: str | int | float | None = None,
        ) -> None: ...
