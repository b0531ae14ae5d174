"""`python -m activecampaign_sdk.testing`: prints its URL and token, serves whatever stdin is, stops on SIGTERM."""

from __future__ import annotations

import contextlib
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, NoRateLimit
from activecampaign_sdk.errors import PermissionDeniedError


@contextlib.contextmanager
def command(*args: str) -> Iterator[tuple[subprocess.Popen[str], str, str]]:
    """The command with stdin at /dev/null; yields the process, the URL and the token it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "activecampaign_sdk.testing", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url_line, token_line = process.stdout.readline(), process.stdout.readline()
        assert url_line.startswith("AC_API_URL=") and token_line.startswith("AC_API_TOKEN="), (url_line, token_line)
        yield process, url_line.strip().removeprefix("AC_API_URL="), token_line.strip().removeprefix("AC_API_TOKEN=")
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_port_and_token_are_honoured_and_sigterm_stops_it() -> None:
    port = free_port()
    with command("--port", str(port), "--token", "secret", "--rate", "0") as (process, url, token):
        assert (url, token) == (f"http://127.0.0.1:{port}", "secret")
        time.sleep(0.5)
        assert process.poll() is None, "it must keep serving with stdin at /dev/null"
        with ActiveCampaign(url, "secret", limiter=NoRateLimit()) as ac:
            assert ac.upsert_contact("ada@example.com", first_name="Ada").first_name == "Ada"
            assert ac.contacts.list_contacts().meta.total == 1
        with ActiveCampaign(url, "not-the-token", limiter=NoRateLimit()) as wrong, pytest.raises(PermissionDeniedError):
            wrong.contacts.list_contacts()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert process.stderr is not None and "stopped" in process.stderr.read()


def test_defaults_pick_a_free_port_and_a_random_token() -> None:
    with command() as (_, first_url, first_token), command() as (_, second_url, second_token):
        assert first_url != second_url and first_token != second_token
        assert len(first_token) >= 16
        assert httpx.get(first_url + "/api/3/contacts", headers={"Api-Token": first_token}).status_code == 200


def test_rate_and_fault_options() -> None:
    with (
        command("--rate", "2", "--fault", "1=503", "--seed-contacts", "3") as (_, url, token),
        httpx.Client(base_url=url + "/api/3", headers={"Api-Token": token}) as raw,
    ):
        statuses = [raw.get("/contacts").status_code for _ in range(6)]
    # The scheduled fault, then the second of two requests a second, then refusals: a burst is over the rate.
    assert statuses[:2] == [503, 200] and statuses.count(429) >= 3


def test_latency_option() -> None:
    with (
        command("--rate", "0", "--latency", "0.3") as (_, url, token),
        httpx.Client(base_url=url + "/api/3", headers={"Api-Token": token}) as raw,
    ):
        started = time.monotonic()
        assert raw.get("/contacts").status_code == 200
        assert time.monotonic() - started >= 0.3


def test_a_bad_option_exits_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "activecampaign_sdk.testing", "--fault", "1=meltdown"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2 and "KIND" in done.stderr


def test_importing_the_sdk_leaves_the_testing_package_unloaded() -> None:
    probe = "import sys, activecampaign_sdk; print([m for m in sys.modules if m.startswith('activecampaign_sdk.t')])"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"
