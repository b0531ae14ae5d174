"""A second, outside opinion on the client's requests: every request recorded in a
cassette (each one is exactly what the generated client sent, or the cassette
would not have matched) is replayed through Prism, which validates it against
the bundled spec and reports violations in its `sl-violations` header."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml

from .prism import running_prism
from .spec import CASSETTES


def _recorded_requests() -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{path.relative_to(CASSETTES)}#{i}", interaction["request"])
        for path in sorted(CASSETTES.rglob("*.yaml"))
        for i, interaction in enumerate(yaml.safe_load(path.read_text())["interactions"])
    ]


@pytest.fixture(scope="module")
def prism() -> Iterator[httpx.Client]:
    with running_prism() as origin, httpx.Client(base_url=origin, timeout=30) as client:
        yield client


@pytest.mark.parametrize(("where", "recorded"), _recorded_requests(), ids=lambda v: v if isinstance(v, str) else "")
def test_prism_finds_no_violation(prism: httpx.Client, where: str, recorded: dict[str, Any]) -> None:
    url = httpx.URL(recorded["uri"])
    headers = {"Api-Token": "filtered", **{k: v[0] for k, v in recorded.get("headers", {}).items()}}
    answer = prism.request(
        recorded["method"], url.raw_path.decode(), content=(recorded["body"] or "").encode(), headers=headers
    )
    assert "sl-violations" not in answer.headers, answer.headers["sl-violations"]
    assert answer.status_code < 400 or answer.status_code == 404, f"{answer.status_code}: {answer.text[:300]}"
