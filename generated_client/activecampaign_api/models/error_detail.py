from __future__ import annotations

from ..decoding import Model as _Model


class ErrorDetail(_Model, kw_only=True):
    """One entry of an `errors` array."""

    title: str | None = None
    detail: str | None = None
    code: str | None = None
    status: int | None = None
    """ HTTP status repeated in the body; sent as a number. """
    error: str | None = None
    source: ErrorSource | None = None


from .error_source import ErrorSource  # noqa: E402
