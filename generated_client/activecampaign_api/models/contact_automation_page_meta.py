from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class ContactAutomationPageMeta(_Model, kw_only=True):
    """A model of the API's answers."""

    total: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    showcase_stats: list[dict[str, Any]] | None = None
