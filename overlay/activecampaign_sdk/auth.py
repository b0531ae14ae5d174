"""The `Api-Token` header, attached per request so the token lives in one object
whose repr never shows it."""

from __future__ import annotations

from collections.abc import Generator

import httpx

HEADER = "Api-Token"


class ApiTokenAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        if not token or not token.strip():
            raise ValueError("the ActiveCampaign API token is empty")
        self._token = token.strip()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[HEADER] = self._token
        yield request

    def __repr__(self) -> str:
        return "ApiTokenAuth(token=<redacted>)"
