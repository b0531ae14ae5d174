from __future__ import annotations

from ..decoding import Model as _Model


class ActivityReference(
    _Model,
    kw_only=True,
    rename={
        "type_": "type",
    },
):
    """The record an activity is about."""

    type_: str | None = None
    """ Kind of record, for example `contact-email`. """
    id: str | None = None
