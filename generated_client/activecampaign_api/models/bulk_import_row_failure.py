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
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    failure_reason: str | None = None
