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

    total: str | None = None
    query_log: dict[str, Any] | None = None
