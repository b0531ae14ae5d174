"""Path parameters the generated operations refuse surface as the SDK's `InvalidInputError`.

`activecampaign_api` checks each path parameter before it builds a request (`types.path_segment`:
no empty or `..` segment, no `/`, no None or bool, digits only where the spec says the id is
numeric) and raises `activecampaign_api.errors.InvalidPathParameter`. That package cannot import
the SDK, so the SDK registers the subclass below, once, when a client module is imported: a
refused `ac.deals.delete_deal("")` is then an `InvalidInputError` like every other local
refusal, and still an `InvalidPathParameter` for code written against the generated package.
"""

from __future__ import annotations

from urllib.parse import quote

import activecampaign_api.types
from activecampaign_api.errors import InvalidPathParameter, raise_path_errors_as

from .errors import InvalidInputError


class InvalidPathParameterError(InvalidInputError, InvalidPathParameter):
    """A path parameter no resource can have; nothing was sent. `parameter`, `value` and `reason` say which and why."""

    def __init__(self, parameter: str, value: object, reason: str) -> None:
        InvalidPathParameter.__init__(self, parameter, value, reason)


raise_path_errors_as(InvalidPathParameterError)


def _quoted(text: str, safe: str = "/") -> str:
    """`urllib.parse.quote` for `path_segment`, refusing text with no UTF-8 form (a lone surrogate).

    `path_segment` checks a path parameter and then quotes it; quoting encodes it as UTF-8, which a lone
    surrogate has no form in (`UnicodeEncodeError`). The generated package's own check does not cover
    that yet, so the quoting it calls is this one: the refusal is an `InvalidPathParameterError` too.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidPathParameterError("path", text, f"holds a character with no UTF-8 form ({exc.reason})") from None
    return quote(text, safe=safe)


activecampaign_api.types.quote = _quoted  # type: ignore[attr-defined,assignment]
