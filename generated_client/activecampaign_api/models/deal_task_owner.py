from __future__ import annotations

from ..decoding import Model as _Model


class DealTaskOwner(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """The deal or contact the task belongs to."""

    type_: str | None = None
    """ `deal` or `contact`. """
    id: str | None = None
