from __future__ import annotations

from ..decoding import Model as _Model


class BulkImportQueued(
    _Model,
    kw_only=True,
    rename={
        "success": "Success",
        "batch_id": "batchId",
    },
):
    """Acknowledgement of a queued batch."""

    success: int | None = None
    """ 1 when the batch was queued (note the capital S). """
    queued_contacts: int | None = None
    batch_id: str | None = None
    message: str | None = None
