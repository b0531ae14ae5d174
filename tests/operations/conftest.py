"""Fixtures for the per-operation cassette tests.

Each test names the operation it exercises with `@pytest.mark.operation(id)`
(and optionally `cassette="name"` for a second scenario). The `ac` fixture
replays `tests/cassettes/<tag>/<name>.yaml`, then checks that every recorded
interaction was used and that each one is a call of the named operation.

When recording (`make record`), every recorded answer is also checked against
the spec and the generated types (`response_lies`): the run fails at the end
with the list of lies by schema path, even when the tests themselves passed.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, NoRateLimit

from ..replay import RECORDING, TEST_BASE_URL, TEST_TOKEN, recorder
from ..spec import operations
from ..truthful import response_lies

LIES: list[str] = []


@pytest.fixture
def ac(request: pytest.FixtureRequest) -> Iterator[ActiveCampaign]:
    marker = request.node.get_closest_marker("operation")
    assert marker is not None, "operation tests need @pytest.mark.operation('<operationId>')"
    operation = operations()[marker.args[0]]
    path = operation.cassette_dir / f"{marker.kwargs.get('cassette', operation.operation_id)}.yaml"
    if not RECORDING:
        assert path.is_file(), f"no cassette {path}"
    # A replay answers from the cassette: nothing to spare, so no 5/s limiter to wait in (recording keeps it).
    client = (
        ActiveCampaign.from_env() if RECORDING else ActiveCampaign(TEST_BASE_URL, TEST_TOKEN, limiter=NoRateLimit())
    )
    with recorder.use_cassette(str(path)) as cassette, client:
        yield client
    if not RECORDING:
        assert cassette.all_played, f"{path.name}: not every recorded interaction was requested"
    for recorded, answered in zip(cassette.requests, cassette.responses, strict=True):
        relative = httpx.URL(recorded.uri).path.removeprefix("/api/3")
        assert operation.matches(recorded.method, relative), (
            f"{path.name} records {recorded.method} {relative}, not {operation.method.upper()} {operation.path}"
        )
        if RECORDING:
            headers = {name.lower(): values[0] for name, values in answered["headers"].items() if values}
            body = answered["body"]["string"]  # str while recording; the parsers take the body's bytes
            body = body.encode() if isinstance(body, str) else body
            LIES.extend(response_lies(operation, answered["status"]["code"], headers, body))


def pytest_sessionfinish(session: pytest.Session) -> None:
    if LIES:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if LIES:
        terminalreporter.section(f"{len(LIES)} lie(s) by schema path", red=True)
        for lie in LIES:
            terminalreporter.write_line(lie)
