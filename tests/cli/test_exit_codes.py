"""Exit codes and error lines: 0 done, 1 API error, 2 usage or input, 130 interrupted; no traceback unless --debug."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from activecampaign_sdk.cli import main
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from .conftest import Invoke

COMMAND = Path(sys.executable).with_name("activecampaign")


def test_an_api_error_is_one_line_and_exit_1(invoke: Invoke) -> None:
    missing = invoke("tags", "get-tag", "999")
    assert missing.code == 1
    assert missing.out == ""
    assert (
        missing.err
        == "activecampaign: NotFoundError: GET /tags/999 (getTag) -> HTTP 404: No Result found for Tag with id 999\n"
    )


def test_debug_shows_the_traceback(invoke: Invoke) -> None:
    missing = invoke("--debug", "tags", "get-tag", "999")
    assert missing.code == 1
    assert "Traceback (most recent call last)" in missing.err and "NotFoundError" in missing.err


def test_a_wrong_token_is_exit_1_and_the_token_is_not_printed(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AC_API_TOKEN", "not-the-token-7c1e")
    refused = invoke("contacts", "list-contacts")
    assert refused.code == 1
    assert refused.err.startswith("activecampaign: PermissionDeniedError: GET /contacts (listContacts) -> HTTP 403")
    assert "not-the-token-7c1e" not in refused.err + refused.out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("contacts", "list-contacts", "--status", "7"), "'7' is not one of '-1', '0', '1', '2', '3'"),
        (("contacts", "list-contacts", "--limit", "many"), "'many' is not a valid integer"),
        (("contacts", "list-contacts", "--filters-created-after", "yesterday"), "is not a date (YYYY-MM-DD)"),
        (("tags", "create-tag", "--body", "{not json"), "not JSON"),
        (("tags", "create-tag", "--body", '{"tag": 1}'), "does not fit TagCreateRequest"),
        (("tags", "create-tag", "--body", "@/nonexistent/body.json"), "cannot read /nonexistent/body.json"),
        (("tags", "create-tag"), "Missing option '--body'"),
        (("tags", "get-tag"), "Missing argument 'ID'"),
        (("no-such-tag",), "No such command 'no-such-tag'"),
        (("contacts", "no-such-operation"), "No such command 'no-such-operation'"),
        (("export", "everything"), "'everything' is not an exportable collection"),
        (("import", "/nonexistent/contacts.csv"), "does not exist"),
    ],
)
def test_bad_usage_is_exit_2_before_any_request(
    invoke: Invoke, account: LocalActiveCampaign, args: tuple[str, ...], says: str
) -> None:
    refused = invoke(*args)
    assert refused.code == 2, refused
    assert says in refused.err
    assert "Traceback" not in refused.err
    assert account.log == []


def test_missing_credentials_are_exit_2(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AC_API_TOKEN")
    refused = invoke("contacts", "list-contacts")
    assert refused.code == 2
    assert refused.err == "activecampaign: bad input: environment variable(s) not set: AC_API_TOKEN\n"


def test_without_the_cli_extra_the_command_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)  # as if rich were not installed
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 2
    assert "pip install 'activecampaign-sdk[cli]'" in capsys.readouterr().err


def test_the_installed_command_runs_and_ctrl_c_is_exit_130(tmp_path: Path) -> None:
    assert COMMAND.is_file(), "the console script is installed with the package"
    shown = subprocess.run([COMMAND, "--version"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0 and shown.stdout.startswith("activecampaign, version ")
    # Slow answers, so the export is still running when it is interrupted.
    with LocalActiveCampaign(ServerConfig(rate_per_second=0, latency=0.2)) as account:
        account.seed_contacts(2000)
        env = {**os.environ, "AC_API_URL": account.base_url, "AC_API_TOKEN": account.config.token}
        out = tmp_path / "contacts.jsonl"
        process = subprocess.Popen(
            [COMMAND, "--rate-limit", "1000", "export", "contacts", "--page-size", "10", "-o", out],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # The export writes into a temporary file beside the output; interrupt it once records arrive.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not any(p.stat().st_size for p in tmp_path.glob(".contacts.jsonl.*")):
            time.sleep(0.05)
        assert any(tmp_path.glob(".contacts.jsonl.*")), "the export was writing when interrupted"
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "activecampaign: interrupted" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == [], "an interrupted export leaves no partial output, under any name"


def test_importing_the_sdk_does_not_load_the_command() -> None:
    # (httpx itself imports click and rich when they are installed, for its own command.)
    probe = "import sys, activecampaign_sdk\nprint([m for m in sys.modules if m.startswith('activecampaign_sdk.cli')])"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
