from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class ContactAutomationPageMeta(_Model, kw_only=True):
    """A model of the API's answers."""

    total: str | None = None
    showcase_stats: list[dict[str, Any]] | None = None
