from __future__ import annotations

from ..decoding import Model as _Model


class BulkImportRowFailure(
    _Model,
    kw_only=True,
    rename={
        "failure_reason": "failureReason",
    },
):
    """Why one row of the batch was rejected."""

    contact: int | None = None
    """ Position of the offending contact in the request's `contacts` array. """
    failure_reason: str | None = None
