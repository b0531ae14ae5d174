"""Normalise the account URL people paste into the base URL of the v3 API."""

from __future__ import annotations

import ipaddress

import httpx

API_PATH = "/api/3"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_base_url(url: str) -> str:
    """Return `https://<account>.api-us1.com/api/3` style URLs from what users type.

    `/api/3` is appended when missing. Plain `http://` is refused except for
    loopback hosts (local stand-ins and mocks), so a token is never sent in clear.
    """
    if not url or not url.strip():
        raise ValueError("the ActiveCampaign API URL is empty")
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL as exc:
        raise ValueError(f"malformed ActiveCampaign API URL {url!r}: {exc}") from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise ValueError(f"malformed ActiveCampaign API URL {url!r}: expected https://<account>.api-us1.com")
    if parsed.scheme == "http" and not _is_loopback(parsed.host):
        raise ValueError(f"refusing plain http for {parsed.host}: the API token would travel unencrypted; use https")
    if parsed.query or parsed.fragment:
        raise ValueError(f"malformed ActiveCampaign API URL {url!r}: no query or fragment expected")
    path = parsed.path.rstrip("/")
    if not path.endswith(API_PATH):
        if path not in ("", "/api"):
            raise ValueError(f"malformed ActiveCampaign API URL {url!r}: unexpected path {parsed.path!r}")
        path = API_PATH
    return str(parsed.copy_with(path=path))
