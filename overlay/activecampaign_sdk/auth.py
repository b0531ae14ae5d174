"""The `Api-Token` header, attached per request so the token lives in one object
whose repr never shows it."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from .errors import InvalidInputError

HEADER = "Api-Token"


def unsendable(token: str) -> str | None:
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
    """Puts the token on requests to `origin` (the account's `scheme://host:port`) and on no others.

    The SDK never follows redirects and sends only operations of the spec, but a request for another
    origin (an operation the spec serves elsewhere, such as event tracking on trackcmp.net) goes out
    without the token whatever its path: the token is bound to the account, not to the client.
    """

    def __init__(self, token: str, origin: str | None = None) -> None:
        if not isinstance(token, str) or not token.strip():
            raise InvalidInputError("the ActiveCampaign API token is empty")
        token = token.strip()
        # Refused here, once, rather than on every request: the message names the problem, never the token.
        problem = unsendable(token)
        if problem is not None:
            raise InvalidInputError(f"the ActiveCampaign API token cannot go in an HTTP header: it holds {problem}")
        self._token = token
        self._origin = None if origin is None else _origin(httpx.URL(origin))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._origin is None or _origin(request.url) == self._origin:
            request.headers[HEADER] = self._token
        else:
            request.headers.pop(HEADER, None)
        yield request

    def __repr__(self) -> str:
        return "ApiTokenAuth(token=<redacted>)"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"https": 443, "http": 80}.get(url.scheme)
    return url.scheme, url.host.lower(), url.port if url.port is not None else default
