from __future__ import annotations

from ..decoding import Model as _Model


class BulkImportFailure(
    _Model,
    kw_only=True,
    rename={
        "failure_reasons": "failureReasons",
    },
):
    """A rejected import request. `failureReasons` lists the invalid rows, or plain sentences for request-level
    problems such as the rate limit."""

    success: bool | None = None
    """ Kind `flag` (Python `bool`): a yes/no switch. Sent as a JSON boolean, as the number 0 or 1, or as the string
    "0" or "1", depending on the endpoint. Null when unset. """
    message: str | None = None
    failure_reasons: list[BulkImportRowFailure | str] | None = None


from .bulk_import_row_failure import BulkImportRowFailure  # noqa: E402
