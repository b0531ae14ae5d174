"""Publishing, proven against a real index on 127.0.0.1.

Builds the distribution, starts pypiserver, publishes with `make publish`
(index and credentials from the environment only), installs
`activecampaign-sdk` into a clean virtualenv from that index alone, then in
that environment imports both packages, type-checks the sample consumer
service with mypy --strict against the installed wheel, runs it against the
local ActiveCampaign (activecampaign_sdk.testing), runs a consumer's own
pytest file (tests/consumer) on the fixtures the wheel's pytest plugin provides,
and runs the `activecampaign` command the `cli` extra installs.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from .spec import ROOT

CONSUMER = ROOT / "examples" / "consumer_service.py"
CONSUMER_TESTS = ROOT / "tests" / "consumer" / "test_consumer_sample.py"


def _run(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{' '.join(map(str, command))} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("publish")


@pytest.fixture(scope="module")
def dist(workspace: Path) -> Path:
    out = workspace / "dist"
    _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ".")
    return out


@pytest.fixture(scope="module")
def index(workspace: Path, dist: Path) -> Iterator[str]:
    """A pypiserver holding the wheel's dependencies, as a private index would."""
    packages = workspace / "packages"
    wheel = next(dist.glob("*.whl"))
    # pytest too, for the consumer's own tests in the clean environment, and the `cli` extra's dependencies.
    _run(
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--dest",
        packages,
        f"{wheel}[cli]",
        f"pytest=={pytest.__version__}",
    )
    (packages / wheel.name).unlink()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port), "-a", ".", "-P", ".", packages],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{url}/simple/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def installed(workspace: Path, dist: Path, index: str) -> Path:
    """Publish with `make publish`, then install from the index into a fresh virtualenv."""
    env = {**os.environ, "TWINE_REPOSITORY_URL": f"{index}/", "TWINE_USERNAME": "ci", "TWINE_PASSWORD": "ci"}
    _run("make", "--no-print-directory", "publish", f"DIST={dist}", env=env)
    listing = httpx.get(f"{index}/simple/activecampaign-sdk/").text
    assert next(dist.glob("*.whl")).name in listing, "the wheel did not reach the index"

    venv = workspace / "venv"
    _run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    # Only the local index: no pip configuration, no find-links, no cache of earlier downloads.
    isolated = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_NO_CACHE_DIR": "1"}
    index_url = f"{index}/simple/"
    _run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--index-url",
        index_url,
        "activecampaign-sdk[cli]",
        "pytest",
        env=isolated,
    )
    return python


def test_installed_wheel_provides_both_packages(installed: Path) -> None:
    where = _run(
        installed,
        "-c",
        "import activecampaign_api, activecampaign_sdk; print(activecampaign_sdk.__file__)",
        cwd=Path("/"),
    )
    assert str(installed.parent.parent) in where, f"imported from outside the clean environment: {where}"


def test_consumer_type_checks_against_installed_wheel(installed: Path, workspace: Path) -> None:
    # A folder of its own, so neither this project's mypy settings nor its source tree are seen.
    service = workspace / "service"
    service.mkdir(exist_ok=True)
    shutil.copy(CONSUMER, service / "consumer_service.py")
    out = _run(
        sys.executable, "-m", "mypy", "--strict", "--python-executable", installed, "consumer_service.py", cwd=service
    )
    assert "Success: no issues found in 1 source file" in out


def test_consumer_runs_against_the_local_activecampaign(installed: Path, workspace: Path) -> None:
    config = ServerConfig()
    with LocalActiveCampaign(config) as account:
        account.seed_contacts(3)
        env = {**os.environ, "AC_API_URL": account.base_url, "AC_API_TOKEN": config.token}
        out = _run(installed, CONSUMER, "grace@example.com", cwd=workspace, env=env)
        stored = account.contact_by_email("grace@example.com")
    assert stored is not None and stored["firstName"] == "Ada"
    onboarded = f"Subscriber(contact_id='{stored['id']}', email='grace@example.com', name='Ada')"
    assert f"onboarded {onboarded}" in out
    assert f"looked up: {onboarded}" in out
    assert out.count("recent: Subscriber(") == 4, out


@pytest.mark.parametrize("loading", ["entry point", "-p"])
def test_consumer_tests_use_the_fixtures_of_the_installed_wheel(installed: Path, workspace: Path, loading: str) -> None:
    # A folder of its own holding only the consumer's test file: no conftest, nothing of this repository.
    suite = workspace / f"consumer-tests-{loading.replace(' ', '-')}"
    suite.mkdir(exist_ok=True)
    shutil.copy(CONSUMER_TESTS, suite / CONSUMER_TESTS.name)
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    options: list[str] = []
    if loading == "-p":
        # The documented way when plugins are not auto-loaded.
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        options = ["-p", "activecampaign_sdk.testing.pytest_plugin"]
    out = _run(installed, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, "--fixtures", cwd=suite, env=env)
    # Listed from the clean environment's site-packages (pytest shows the path relative to the suite).
    site_packages = f"venv/lib/python{sys.version_info.major}.{sys.version_info.minor}/site-packages"
    assert f"{site_packages}/activecampaign_sdk/testing/pytest_plugin.py" in out, out
    assert "activecampaign_server" in out and "async_activecampaign_client" in out, out
    out = _run(installed, "-m", "pytest", "-q", "-p", "no:cacheprovider", *options, cwd=suite, env=env)
    assert "2 passed" in out, out


def test_the_installed_command_exports_from_a_local_activecampaign(installed: Path, workspace: Path) -> None:
    command = installed.parent / "activecampaign"
    assert command.is_file(), "the cli extra installs the activecampaign console script"
    shown = _run(command, "--help", cwd=workspace)
    assert "import" in shown and "export" in shown and "contacts" in shown
    out = workspace / "exported.jsonl"
    config = ServerConfig(rate_per_second=0)
    with LocalActiveCampaign(config) as account:
        account.seed_contacts(150)
        env = {**os.environ, "AC_API_URL": account.base_url, "AC_API_TOKEN": config.token}
        _run(command, "--rate-limit", "100", "export", "contacts", "--output", out, cwd=workspace, env=env)
    emails = [json.loads(line)["email"] for line in out.read_text().splitlines()]
    assert emails == [f"c{n}@seed.example.com" for n in range(150)]
