from __future__ import annotations

from ..decoding import Model as _Model


class BulkImportDayCount(
    _Model,
    kw_only=True,
    rename={
        "for_date": "forDate",
    },
):
    """A model of the API's answers."""

    for_date: str | None = None
    """ Day, as `YYYY-MM-DD`. """
    batches: str | None = None
    contacts: str | None = None
