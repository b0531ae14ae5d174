from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class AccountContactMeta(
    _Model,
    kw_only=True,
    rename={
        "query_log": "queryLog",
    },
):
    """Paging information. Some answers also carry `queryLog`, a debugging record of the database queries run."""

    total: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    query_log: dict[str, Any] | None = None
