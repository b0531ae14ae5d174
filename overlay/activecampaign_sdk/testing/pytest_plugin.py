"""pytest fixtures over a local ActiveCampaign, registered under the `pytest11` entry point `activecampaign`.

Installed with the package they load by themselves; otherwise (or with plugin
autoloading off) `pytest -p activecampaign_sdk.testing.pytest_plugin`.

    def test_signup(activecampaign_client, activecampaign_server):
        signup(activecampaign_client, "ada@example.com")          # the code under test
        assert activecampaign_server.contact_by_email("ada@example.com") is not None

Each test gets a fresh, empty account. Override `activecampaign_config` (a
`ServerConfig`) in a conftest.py to change its limits, e.g. to test code
against the real API's 5 requests per second: the client fixtures then keep to
those limits as a production client does (its limiters at the server's rates,
and the default retries), so the code under test meets the limits it will meet.

Async tests: mark them `@pytest.mark.anyio`. anyio's pytest plugin comes with
anyio, which httpx (so this package) depends on: nothing else to install.
pytest-asyncio (`@pytest.mark.asyncio`) works as well.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from .server import LocalActiveCampaign, ServerConfig

if TYPE_CHECKING:
    from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, ImportPolicy
    from activecampaign_sdk.base_client import ClientOptions


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


def client_options(config: ServerConfig) -> ClientOptions:
    """The client's options for a server with this configuration.

    Unlimited (the default): no client-side waiting and no retries, so a test sees each error the
    code under test would see. With a request rate (the real API's 5/s): a limiter at the server's
    rate (scaled by its `time_scale`) and the default retries, as a production client has; with an
    import limit, an import limiter at it. Each test's limiters are its own, never the process-wide
    ones, so tests do not slow each other down. Bulk imports poll briskly either way.
    """
    from activecampaign_sdk import NoRateLimit, TokenBucketLimiter
    from activecampaign_sdk.base_client import DEFAULT_MAX_RETRIES
    from activecampaign_sdk.rate_limit import IMPORT_WINDOW_SLACK, SlidingWindowLimiter

    limited = config.request_rate > 0
    imports = (
        SlidingWindowLimiter(config.imports_per_minute, config.minute, slack=IMPORT_WINDOW_SLACK / config.time_scale)
        if limited and config.imports_per_minute > 0
        else NoRateLimit()
    )
    return {
        "limiter": TokenBucketLimiter(config.request_rate) if limited else NoRateLimit(),
        "import_limiter": imports,
        "max_retries": DEFAULT_MAX_RETRIES if limited else 0,
        "import_policy": _import_policy(),
    }


@pytest.fixture
def activecampaign_client(activecampaign_server: LocalActiveCampaign) -> Iterator[ActiveCampaign]:
    """An `ActiveCampaign` connected to `activecampaign_server`, within its limits (see `client_options`)."""
    from activecampaign_sdk import ActiveCampaign

    server = activecampaign_server
    with ActiveCampaign(server.base_url, server.config.token, **client_options(server.config)) as client:
        yield client


@pytest.fixture
def async_activecampaign_client(activecampaign_server: LocalActiveCampaign) -> Iterator[AsyncActiveCampaign]:
    """An `AsyncActiveCampaign` connected to `activecampaign_server`, for any event loop or async plugin
    (`@pytest.mark.anyio` needs nothing more), within the server's limits like `activecampaign_client`.

    It keeps no connection open between requests, so no connection is tied to the loop of the
    test that used it; it is closed after the test.
    """
    import httpx

    from activecampaign_sdk import AsyncActiveCampaign

    server = activecampaign_server
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    yield AsyncActiveCampaign(server.base_url, server.config.token, httpx_client=http, **client_options(server.config))
    if not http.is_closed:
        asyncio.run(http.aclose())
