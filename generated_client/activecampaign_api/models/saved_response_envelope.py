from __future__ import annotations

from ..decoding import Model as _Model


class SavedResponseEnvelope(
    _Model,
    kw_only=True,
    rename={
        "saved_response": "savedResponse",
    },
):
    """A model of the API's answers."""

    saved_response: SavedResponse
    """ A saved response as the API returns it. """


from .saved_response import SavedResponse  # noqa: E402
