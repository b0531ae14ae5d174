"""`ActiveCampaign`: the entry point that builds the authenticated generated client."""

from __future__ import annotations

import os
from types import TracebackType
from typing import Self

import httpx
from activecampaign_api import Client

from .auth import ApiTokenAuth
from .base_url import normalize_base_url

DEFAULT_TIMEOUT = 30.0


class ActiveCampaign:
    """A client bound to one ActiveCampaign account.

    >>> with ActiveCampaign("https://youraccount.api-us1.com", token) as ac:
    ...     contacts.list_contacts.sync(client=ac.api, limit=10)
    """

    def __init__(self, base_url: str, api_token: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.base_url = normalize_base_url(base_url)
        self.auth = ApiTokenAuth(api_token)
        self.api = Client(base_url=self.base_url, timeout=httpx.Timeout(timeout), httpx_args={"auth": self.auth})

    @classmethod
    def from_env(cls, *, timeout: float = DEFAULT_TIMEOUT) -> Self:
        """Build a client from `AC_API_URL` and `AC_API_TOKEN`."""
        missing = [name for name in ("AC_API_URL", "AC_API_TOKEN") if not os.environ.get(name)]
        if missing:
            raise ValueError(f"environment variable(s) not set: {', '.join(missing)}")
        return cls(os.environ["AC_API_URL"], os.environ["AC_API_TOKEN"], timeout=timeout)

    def close(self) -> None:
        self.api.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ActiveCampaign(base_url={self.base_url!r})"
