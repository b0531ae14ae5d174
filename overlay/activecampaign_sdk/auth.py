"""The `Api-Token` header, attached per request so the token lives in one object
whose repr never shows it."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from .errors import InvalidInputError

HEADER = "Api-Token"


def _unsendable(token: str) -> str | None:
    """What makes `token` unfit for a header value, without quoting it; None when it fits.

    httpx encodes header values as ASCII; CR, LF and NUL would split or end the header (h11 refuses them
    only when sending, with the value in the traceback), and other control characters are no field content.
    """
    for position, char in enumerate(token, 1):
        if char == " ":
            continue
        if ord(char) < 0x21 or ord(char) == 0x7F:
            return f"a control character at position {position}"
        if ord(char) > 0x7F:
            return f"a non-ASCII character at position {position}"
    return None


class ApiTokenAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        if not isinstance(token, str) or not token.strip():
            raise InvalidInputError("the ActiveCampaign API token is empty")
        token = token.strip()
        # Refused here, once, rather than on every request: the message names the problem, never the token.
        problem = _unsendable(token)
        if problem is not None:
            raise InvalidInputError(f"the ActiveCampaign API token cannot go in an HTTP header: it holds {problem}")
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[HEADER] = self._token
        yield request

    def __repr__(self) -> str:
        return "ApiTokenAuth(token=<redacted>)"
