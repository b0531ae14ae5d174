from __future__ import annotations

from ..decoding import Model as _Model


class BulkImportStatusList(
    _Model,
    kw_only=True,
    rename={
        "recently_completed": "recentlyCompleted",
    },
):
    """A model of the API's answers."""

    outstanding: list[BulkImportDayCount] | None = None
    recently_completed: list[BulkImportDayCount] | None = None


from .bulk_import_day_count import BulkImportDayCount  # noqa: E402
