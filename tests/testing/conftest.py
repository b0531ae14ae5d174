"""Fixtures: a fresh local ActiveCampaign per test, at ten times the real speed, stopped afterwards;
`client` is an SDK client on it, once sync and once async (see tests/parity.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from activecampaign_sdk import ActiveCampaign, NoRateLimit
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from ..parity import Connector

# It runs ten times faster than the real API: 50 requests/s, 1000 imports/min.
TIME_SCALE = 10.0


@pytest.fixture
def server() -> Iterator[LocalActiveCampaign]:
    with LocalActiveCampaign(ServerConfig(time_scale=TIME_SCALE, import_delay=1.0)) as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, server: LocalActiveCampaign) -> Iterator[ActiveCampaign]:
    """An SDK client on `server` with no client-side limit and no retries, sync or async."""
    connector = Connector(request.param)
    yield connector(None, server.base_url, server.config.token, limiter=NoRateLimit(), max_retries=0)
    connector.close()
