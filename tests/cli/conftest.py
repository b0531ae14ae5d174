"""The `activecampaign` command run in this process against a local ActiveCampaign.

`invoke(...)` runs the command as the console script would (same argument parsing, same exit
codes), with AC_API_URL and AC_API_TOKEN pointing at the `account` fixture.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from activecampaign_sdk.cli.app import run
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


Invoke = Callable[..., Outcome]


@pytest.fixture
def account() -> Iterator[LocalActiveCampaign]:
    """No server-side rate limit; bulk imports complete 50 ms after they are queued."""
    with LocalActiveCampaign(ServerConfig(rate_per_second=0, import_delay=0.05)) as server:
        yield server


@pytest.fixture
def invoke(account: LocalActiveCampaign, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Invoke:
    monkeypatch.setenv("AC_API_URL", account.base_url)
    monkeypatch.setenv("AC_API_TOKEN", account.config.token)
    # The local account has no rate limit; the client's own 5/s would only slow the tests.
    monkeypatch.setenv("AC_RATE_LIMIT", "1000")

    def call(*args: str) -> Outcome:
        capsys.readouterr()
        code = run(list(args))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return call
