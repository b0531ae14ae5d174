from __future__ import annotations

from typing import Any

from ..decoding import Model as _Model


class ContactPageMeta(_Model, kw_only=True):
    """Paging information of a contact list. `page_input` echoes the filters the API applied."""

    total: int | None = None
    """ Kind `count` (Python `int`): a whole number such as a count, total, score, position or order. Sent as a JSON
    integer or as a string of digits, depending on the endpoint. Null when unset. """
    page_input: dict[str, Any] | None = None
