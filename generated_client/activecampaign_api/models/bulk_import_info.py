from __future__ import annotations

from ..decoding import Model as _Model


class BulkImportInfo(_Model, kw_only=True):
    """Progress of one batch."""

    status: str | None = None
    """ For example `completed`. """
    success: list[str] | None = None
    """ Ids of the contacts imported. """
    failure: list[str] | None = None
    """ Email addresses of the rows that failed. """
