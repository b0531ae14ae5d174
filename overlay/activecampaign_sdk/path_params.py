"""Path parameters the generated operations refuse surface as the SDK's `InvalidInputError`.

`activecampaign_api` checks each path parameter before it builds a request (`types.path_segment`:
no empty or `..` segment, no `/`, no None or bool, digits only where the spec says the id is
numeric) and raises `activecampaign_api.errors.InvalidPathParameter`. That package cannot import
the SDK, so the SDK registers the subclass below, once, when a client module is imported: a
refused `ac.deals.delete_deal("")` is then an `InvalidInputError` like every other local
refusal, and still an `InvalidPathParameter` for code written against the generated package.
"""

from __future__ import annotations

from activecampaign_api.errors import InvalidPathParameter, raise_path_errors_as

from .errors import InvalidInputError


class InvalidPathParameterError(InvalidInputError, InvalidPathParameter):
    """A path parameter no resource can have; nothing was sent. `parameter`, `value` and `reason` say which and why."""

    def __init__(self, parameter: str, value: object, reason: str) -> None:
        InvalidPathParameter.__init__(self, parameter, value, reason)


raise_path_errors_as(InvalidPathParameterError)
