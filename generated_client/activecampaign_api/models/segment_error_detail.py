from __future__ import annotations

from ..decoding import Model as _Model


class SegmentErrorDetail(_Model, kw_only=True):
    """One error of this service; `status` is a string here (`"400"` or `"400 BAD_REQUEST"`)."""

    status: str | None = None
    code: str | None = None
    detail: str | None = None
    source: ErrorSource | None = None


from .error_source import ErrorSource  # noqa: E402
