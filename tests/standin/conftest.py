"""Fixtures: a fresh stand-in server per test, stopped afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import StandIn, StandInConfig

# The stand-in runs ten times faster than the real API: 50 requests/s, 1000 imports/min.
TIME_SCALE = 10.0


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn(StandInConfig(time_scale=TIME_SCALE, import_delay=1.0)) as server:
        yield server
