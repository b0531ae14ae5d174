from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class ContactPageMeta(_Model, kw_only=True):
    """Paging information of a contact list. `page_input` echoes the filters the API applied."""

    total: str | None = None
    page_input: dict[str, Any] | None = None
