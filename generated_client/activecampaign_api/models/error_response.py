from __future__ import annotations

from ..decoding import Model as _Model


class ErrorResponse(_Model, kw_only=True):
    """Error body. Validation failures carry an `errors` array; lookups of missing records carry a single `message`;
    some 400s are an empty object."""

    message: str | None = None
    errors: list[ErrorDetail] | None = None


from .error_detail import ErrorDetail  # noqa: E402
