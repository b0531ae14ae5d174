"""pytest fixtures over a local ActiveCampaign, registered under the `pytest11` entry point `activecampaign`.

Installed with the package they load by themselves; otherwise (or with plugin
autoloading off) `pytest -p activecampaign_sdk.testing.pytest_plugin`.

    def test_signup(activecampaign_client, activecampaign_server):
        signup(activecampaign_client, "ada@example.com")          # the code under test
        assert activecampaign_server.contact_by_email("ada@example.com") is not None

Each test gets a fresh, empty account. Override `activecampaign_config` (a
`ServerConfig`) in a conftest.py to change its limits, e.g. to test code
against the real API's 5 requests per second.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .server import LocalActiveCampaign, ServerConfig

if TYPE_CHECKING:
    from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, ImportPolicy


def _import_policy() -> ImportPolicy:
    from activecampaign_sdk import ImportPolicy

    return ImportPolicy(poll_initial=0.02, poll_max=0.1, poll_timeout=30.0, rate_limited_wait=0.1)


@pytest.fixture
def activecampaign_config() -> ServerConfig:
    """How the local account behaves: no rate limit, bulk imports complete after 50 ms."""
    return ServerConfig(rate_per_second=0, import_delay=0.05)


@pytest.fixture
def activecampaign_server(activecampaign_config: ServerConfig) -> Iterator[LocalActiveCampaign]:
    """A local ActiveCampaign on 127.0.0.1 (a free port), stopped after the test."""
    with LocalActiveCampaign(activecampaign_config) as server:
        yield server


@pytest.fixture
def activecampaign_client(activecampaign_server: LocalActiveCampaign) -> Iterator[ActiveCampaign]:
    """An `ActiveCampaign` connected to `activecampaign_server`."""
    from activecampaign_sdk import ActiveCampaign, NoRateLimit

    server = activecampaign_server
    # The server is local and unlimited by default: no client-side waiting, and no retries, so a
    # test sees each error the code under test would see. Bulk imports poll briskly.
    with ActiveCampaign(
        server.base_url,
        server.config.token,
        limiter=NoRateLimit(),
        import_limiter=NoRateLimit(),
        max_retries=0,
        import_policy=_import_policy(),
    ) as client:
        yield client


@pytest.fixture
def async_activecampaign_client(activecampaign_server: LocalActiveCampaign) -> Iterator[AsyncActiveCampaign]:
    """An `AsyncActiveCampaign` connected to `activecampaign_server`, for any event loop or async plugin.

    It keeps no connection open between requests, so no connection is tied to the loop of the
    test that used it; it is closed after the test.
    """
    import httpx

    from activecampaign_sdk import AsyncActiveCampaign, NoRateLimit

    server = activecampaign_server
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    yield AsyncActiveCampaign(
        server.base_url,
        server.config.token,
        httpx_client=http,
        limiter=NoRateLimit(),
        import_limiter=NoRateLimit(),
        max_retries=0,
        import_policy=_import_policy(),
    )
    if not http.is_closed:
        asyncio.run(http.aclose())
