"""Fixtures: a fresh local ActiveCampaign per test, at ten times the real speed, stopped afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

# It runs ten times faster than the real API: 50 requests/s, 1000 imports/min.
TIME_SCALE = 10.0


@pytest.fixture
def server() -> Iterator[LocalActiveCampaign]:
    with LocalActiveCampaign(ServerConfig(time_scale=TIME_SCALE, import_delay=1.0)) as server:
        yield server
