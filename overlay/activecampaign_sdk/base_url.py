"""Normalise the account URL people paste into the base URL of the v3 API."""

from __future__ import annotations

import ipaddress
import re

import httpx

from .errors import InvalidInputError

API_PATH = "/api/3"
# A DNS label as it goes on the wire (IDNs arrive here as punycode).
LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_host(raw_host: str) -> bool:
    try:
        ipaddress.ip_address(raw_host.strip("[]"))
        return True
    except ValueError:
        pass
    labels = raw_host.removesuffix(".").split(".")
    return len(raw_host) <= 253 and all(LABEL.fullmatch(label) for label in labels)


def normalize_base_url(url: str) -> str:
    """Return `https://<account>.api-us1.com/api/3` style URLs from what users type.

    `/api/3` is appended when missing. Plain `http://` is refused except for
    loopback hosts (local stand-ins and mocks), so a token is never sent in clear.
    """
    if not url or not url.strip():
        raise InvalidInputError("the ActiveCampaign API URL is empty")
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL as exc:
        raise InvalidInputError(f"malformed ActiveCampaign API URL {url!r}: {exc}") from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise InvalidInputError(f"malformed ActiveCampaign API URL {url!r}: expected https://<account>.api-us1.com")
    raw_host = parsed.raw_host.decode("ascii", "replace")
    if not _is_host(raw_host) or (parsed.port is not None and not 0 < parsed.port < 65536):
        raise InvalidInputError(f"malformed ActiveCampaign API URL {url!r}: bad host or port")
    if parsed.userinfo:
        # A user or password in the URL would be sent and shown wherever the URL is (reprs, logs).
        raise InvalidInputError(
            "malformed ActiveCampaign API URL: no user or password expected; the token is passed apart"
        )
    if parsed.scheme == "http" and not _is_loopback(parsed.host):
        raise InvalidInputError(
            f"refusing plain http for {parsed.host}: the API token would travel unencrypted; use https"
        )
    if parsed.query or parsed.fragment:
        # Not echoed: a query is where an old-style `api_key=` would sit.
        raise InvalidInputError("malformed ActiveCampaign API URL: no query or fragment expected; pass the token apart")
    path = parsed.path.rstrip("/")
    if not path.endswith(API_PATH):
        if path not in ("", "/api"):
            raise InvalidInputError(f"malformed ActiveCampaign API URL {url!r}: unexpected path {parsed.path!r}")
        path = API_PATH
    return str(parsed.copy_with(path=path))


# Percent-escapes that decode to a dot, a slash or a backslash: a server or proxy that decodes them
# before routing would see a dot-segment or a new segment boundary that the SDK did not.
_ENCODED_PATH_SYNTAX = re.compile(r"%(2e|2f|5c|25)", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def safe_relative_path(path: str) -> str:
    """`path`, relative to /api/3, as `/segment/...`; `InvalidInputError` for anything that could leave /api/3.

    `contacts/1`, `/contacts/1` and `/api/3/contacts/1` all give `/contacts/1`. Refused before sending:
    URLs and `//host`, a query or fragment (pass `params=`), dot-segments plain or percent-encoded,
    encoded slashes, backslashes, empty segments, whitespace and control characters. The message quotes
    nothing of the path: it may carry personal data.
    """

    def refuse(why: str) -> InvalidInputError:
        return InvalidInputError(f"request() takes a path relative to /api/3 such as '/contacts/1'; refused: {why}")

    if not isinstance(path, str) or not path.strip():
        raise refuse("the path is empty")
    if "://" in path or path.startswith("//") or _SCHEME.match(path):
        raise refuse("a full URL (the token only goes to the account's API)")
    if any(char.isspace() or not char.isprintable() for char in path):
        raise refuse("whitespace or a control character")
    if "\\" in path:
        raise refuse("a backslash")
    if "?" in path or "#" in path:
        raise refuse("a query or fragment; pass query parameters as params=")
    relative = path.removeprefix("/").removeprefix("api/3/")
    segments = relative.split("/")
    if relative.endswith("/"):
        segments.pop()  # one trailing slash is harmless
    for segment in segments:
        if segment in ("", ".", ".."):
            raise refuse("an empty or dot segment")
        if _ENCODED_PATH_SYNTAX.search(segment):
            raise refuse("a percent-encoded dot, slash, backslash or percent sign")
    return "/" + relative
