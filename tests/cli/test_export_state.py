"""`activecampaign export COLLECTION --state FILE`: every record, then only what changed; output and state
replaced only by a complete run, whether the run fails (an injected fault) or is interrupted (a real SIGINT)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from activecampaign_sdk.feeds import feeds
from activecampaign_sdk.testing import Faults, LocalActiveCampaign

from ..exporting import seed_contacts, touch
from .conftest import Invoke


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def test_first_run_writes_everything_later_runs_only_changes(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    seed_contacts(account, 1_234)
    state, out = tmp_path / "contacts.state.json", tmp_path / "contacts.jsonl"
    first = invoke("export", "contacts", "--state", str(state), "-o", str(out))
    assert first.code == 0, first.err
    assert len(lines(out)) == 1_234 and "1234 records" in first.err and "13 request(s)" in first.err
    saved = json.loads(state.read_text())
    assert saved["cursor"]["collection"] == "contacts" and saved["cursor"]["since"]

    now = datetime.now(UTC)
    for ident in ("2", "500", "1234"):
        touch(account, ident, now, f"changed {ident}")
    second = invoke("export", "contacts", "--state", str(state), "-o", str(out))
    assert second.code == 0, second.err
    assert sorted(str(r["id"]) for r in lines(out)) == ["1234", "2", "500"]
    assert "3 new or changed records" in second.err and "1 request(s)" in second.err
    assert json.loads(state.read_text())["cursor"]["since"] >= saved["cursor"]["since"]

    third = invoke("export", "contacts", "--state", str(state), "-o", str(out))
    assert third.code == 0 and lines(out) == [] and "0 new or changed records" in third.err
    assert leftovers(tmp_path) == []


def test_a_failed_run_leaves_output_and_state_as_they_were(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    seed_contacts(account, 300)
    state, out = tmp_path / "state.json", tmp_path / "out.jsonl"
    assert invoke("export", "contacts", "--state", str(state), "-o", str(out)).code == 0
    before_out, before_state = out.read_bytes(), state.read_bytes()
    now = datetime.now(UTC)
    changed = [str(n) for n in range(1, 301)]
    for ident in changed:
        touch(account, ident, now, "changed")
    account.faults = Faults(schedule={2: "500", 3: "500", 4: "500", 5: "500"})  # page 2, and its retries
    failed = invoke("--max-retries", "0", "export", "contacts", "--state", str(state), "-o", str(out))
    assert failed.code == 1
    assert f"{out} and {state} left as they were" in failed.err
    assert out.read_bytes() == before_out and state.read_bytes() == before_state
    assert leftovers(tmp_path) == []
    account.faults = Faults()
    clean = invoke("export", "contacts", "--state", str(state), "-o", str(out))
    assert clean.code == 0, clean.err
    assert sorted(str(r["id"]) for r in lines(out)) == sorted(changed), "nothing lost, nothing twice"


def test_an_output_or_state_that_cannot_be_written_stops_before_any_request(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    seed_contacts(account, 30)
    missing = tmp_path / "missing"
    good_state, good_out = tmp_path / "state.json", tmp_path / "out.jsonl"
    for args, option in (
        (("-o", str(missing / "out.jsonl")), "--output"),
        (("-o", str(good_out), "--state", str(missing / "state.json")), "--state"),
        (("--state", str(missing / "state.json")), "--state"),  # to standard output
    ):
        refused = invoke("export", "contacts", *args)
        assert refused.code == 2, refused
        assert f"Invalid value for {option}: cannot write {missing}" in refused.err
        assert refused.out == "" and "Traceback" not in refused.err
    assert account.log == []
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    done = invoke("export", "contacts", "-o", str(good_out), "--state", str(good_state))
    assert done.code == 0 and len(lines(good_out)) == 30 and good_state.exists()


def test_a_state_file_that_is_also_the_output_is_refused(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    seed_contacts(account, 3)
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n")
    refused = invoke("export", "contacts", "-o", str(out), "--state", str(tmp_path / "." / "out.jsonl"))
    assert refused.code == 2 and "is also the output" in refused.err
    assert out.read_text() == "kept\n" and account.log == []


def test_sigint_leaves_output_and_state_as_they_were(account: LocalActiveCampaign, tmp_path: Path) -> None:
    seed_contacts(account, 3_000)
    state, out = tmp_path / "state.json", tmp_path / "out.jsonl"
    env = {**os.environ, "AC_API_URL": account.base_url, "AC_API_TOKEN": account.config.token, "AC_RATE_LIMIT": "1000"}
    command = [sys.executable, "-m", "activecampaign_sdk.cli", "export", "contacts"]
    command += ["--state", str(state), "-o", str(out)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    before_out, before_state = out.read_bytes(), state.read_bytes()
    now = datetime.now(UTC)
    for n in range(1, 3_001):
        touch(account, str(n), now, "changed")

    account.config.latency = 0.05  # 30 pages: time enough to interrupt it
    started = len(account.requests("GET", "/contacts"))
    running = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(account.requests("GET", "/contacts")) < started + 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    running.send_signal(signal.SIGINT)
    _, err = running.communicate(timeout=60)
    assert running.returncode == 130, err
    assert "left as they were" in err and "interrupted" in err
    assert out.read_bytes() == before_out and state.read_bytes() == before_state
    assert leftovers(tmp_path) == []

    account.config.latency = 0.0
    clean = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert clean.returncode == 0, clean.stderr
    assert sorted(int(str(r["id"])) for r in lines(out)) == list(range(1, 3_001))


def test_csv_cells_are_safe_from_formulas_unless_raw(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    for name in ("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\tx", "plain"):
        account.account.add_tag(name)
    out = tmp_path / "tags.csv"
    done = invoke("export", "tags", "--format", "csv", "-o", str(out))
    assert done.code == 0 and "no update filter" in done.err
    cells = [row["tag"] for row in csv.DictReader(io.StringIO(out.read_text()))]
    assert cells == ["'=HYPERLINK(1)", "'+1", "'-2", "'@SUM(A1)", "'\tx", "plain"]
    assert invoke("export", "tags", "--format", "csv", "--raw", "-o", str(out)).code == 0
    assert [row["tag"] for row in csv.DictReader(io.StringIO(out.read_text()))][:2] == ["=HYPERLINK(1)", "+1"]


def test_a_collection_without_update_filter_is_whole_every_run(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    for n in range(5):
        account.account.add_tag(f"t{n}")
    state, out = tmp_path / "tags.state", tmp_path / "tags.jsonl"
    for _ in range(2):
        done = invoke("export", "tags", "--state", str(state), "-o", str(out))
        assert done.code == 0 and len(lines(out)) == 5
        assert "a full export each run" in done.err
    assert json.loads(state.read_text())["cursor"]["incremental"] is False
    wrong = invoke("export", "contacts", "--state", str(state), "-o", str(out))
    assert wrong.code == 2 and "holds the state of tags" in wrong.err


def test_help_lists_every_exportable_list_operation(invoke: Invoke) -> None:
    shown = invoke("export", "--help")
    assert shown.code == 0
    text = " ".join(shown.out.split())
    for name in feeds():
        assert name in text, name
    assert "changes by filters[updated_after] on udate" in text and "full every run" in text
    assert "needs --path-param schemaId" in text
    assert invoke("export", "nope").code == 2
