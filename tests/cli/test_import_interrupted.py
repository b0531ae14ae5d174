"""Ctrl-C during `activecampaign import` keeps the record of what was sent: each row's outcome is in the
outcome file before the next batch goes out, the command says which batches were queued and where the
outcomes are, and `--resume OUTCOMES` imports only the rows with no outcome: nothing is imported twice."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from activecampaign_api.api.imports import ImportsOperations
from activecampaign_sdk.cli import importing
from activecampaign_sdk.testing import LocalActiveCampaign

from .conftest import Invoke

ROWS = 1000  # four batches: 250, 250, 250, 250


def write_contacts(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "first_name"])
        writer.writerows([f"p{n}@example.com", f"P{n}"] for n in range(ROWS))
    return path


def journal(path: Path) -> dict[int, str]:
    """The last status of each line in an outcome file."""
    with path.open(newline="", encoding="utf-8") as handle:
        return {int(row["line"]): row["status"] for row in csv.DictReader(handle)}


def imported_emails(account: LocalActiveCampaign) -> Counter[str]:
    with account.account.lock:
        return Counter(str(row["email"]) for batch in account.account.batches.values() for row in batch.rows)


def test_ctrl_c_during_a_post_keeps_every_queued_row_and_resume_sends_only_the_rest(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_contacts(tmp_path / "contacts.csv")
    outcomes = tmp_path / "contacts.csv.outcomes.csv"
    sent = 0
    real = ImportsOperations.bulk_import_contacts

    def interrupted_on_the_third(self: ImportsOperations, *args: Any, **kwargs: Any) -> Any:
        nonlocal sent
        sent += 1
        answer = real(self, *args, **kwargs)  # the account queues the batch...
        if sent == 3:
            raise KeyboardInterrupt  # ...and Ctrl-C comes before the client reads the answer
        return answer

    monkeypatch.setattr(ImportsOperations, "bulk_import_contacts", interrupted_on_the_third)
    stopped = invoke("import", str(source))

    assert stopped.code == 130
    with account.account.lock:
        queued = list(account.account.batches)
    assert f"import stopped: 2 batch(es) were queued ({queued[0]}, {queued[1]})" in stopped.err
    assert "250 row(s) of the batch being sent are recorded as unknown" in stopped.err
    assert f"Outcomes so far in {outcomes}; `activecampaign import {source} --resume {outcomes}`" in stopped.err
    first = journal(outcomes)
    assert sorted(first) == list(range(2, 752))  # the 750 rows sent, lines 2..751
    assert {first[line] for line in range(2, 502)} <= {"queued", "succeeded"}
    assert {first[line] for line in range(502, 752)} == {"unknown"}  # queued, but the client never heard

    monkeypatch.setattr(ImportsOperations, "bulk_import_contacts", real)
    resumed = invoke("import", str(source), "--resume", str(outcomes))

    assert resumed.code == 1, resumed.err  # the unknown rows stay unknown: check them, never resent
    assert "resuming: 750 row(s) already have an outcome" in resumed.err
    assert "250 rows sent: 250 succeeded" in resumed.err
    final = journal(outcomes)
    assert sorted(final) == list(range(2, ROWS + 2))  # one line per row, in order, after the resumed run
    # The two batches the first run saw queued are checked (before and after the import) and settled.
    assert "500 row(s) queued by the earlier run are now settled" in resumed.err, resumed.err
    assert Counter(final.values()) == Counter({"succeeded": 500 + 250, "unknown": 250})
    counts = imported_emails(account)
    assert len(counts) == ROWS and set(counts.values()) == {1}  # every contact imported, none twice
    assert len(account.contact_emails()) == ROWS


def test_ctrl_c_while_reading_leaves_the_unsent_batch_to_resume(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_contacts(tmp_path / "contacts.csv")
    outcomes = tmp_path / "out.jsonl"
    made = 0
    real = importing.import_row

    def interrupted_at_row_600(*args: Any) -> Any:
        nonlocal made
        made += 1
        if made == 600:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(importing, "import_row", interrupted_at_row_600)
    stopped = invoke("import", str(source), "--outcomes", str(outcomes))

    assert stopped.code == 130
    assert "import stopped: 2 batch(es) were queued" in stopped.err and "recorded as unknown" not in stopped.err
    assert len(imported_emails(account)) == 500

    monkeypatch.setattr(importing, "import_row", real)
    again = invoke("import", str(source), "--outcomes", str(outcomes))  # forgetting --resume
    assert again.code == 2
    assert (
        f"holds the outcomes of an import of this file that did not finish (500 rows have none): `--resume {outcomes}`"
        in (again.err)
    )
    assert len(imported_emails(account)) == 500  # nothing sent

    resumed = invoke("import", str(source), "--resume", str(outcomes))

    assert resumed.code == 0, resumed.err
    assert "500 rows sent: 500 succeeded" in resumed.err
    counts = imported_emails(account)
    assert len(counts) == ROWS and set(counts.values()) == {1}
    lines = [line for line in outcomes.read_text(encoding="utf-8").splitlines() if line]
    assert len(lines) == ROWS  # compacted: one JSON line per row

    rerun = invoke("import", str(source), "--outcomes", str(outcomes))  # a finished import may run again
    assert rerun.code == 0, rerun.err
    assert len([line for line in outcomes.read_text(encoding="utf-8").splitlines() if line]) == ROWS


def test_a_real_sigint_mid_import_is_exit_130_with_the_record_and_resume_completes_it(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    """The console script in its own process, interrupted by SIGINT once a batch is recorded as queued."""
    source = write_contacts(tmp_path / "contacts.csv")
    outcomes = tmp_path / "contacts.csv.outcomes.csv"
    account.config.latency = 0.3  # slow answers: the import is still running when the signal comes
    env = {**os.environ, "AC_API_URL": account.base_url, "AC_API_TOKEN": account.config.token, "AC_RATE_LIMIT": "1000"}
    process = subprocess.Popen(
        [sys.executable, "-m", "activecampaign_sdk.cli", "import", str(source)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while ",queued," not in (outcomes.read_text() if outcomes.exists() else "") and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)

    assert process.returncode == 130, err
    assert "import stopped:" in err and "batch(es) were queued" in err and "Traceback" not in err
    assert f"`activecampaign import {source} --resume {outcomes}` imports the rest" in err
    recorded = journal(outcomes)
    assert 250 <= len(recorded) < ROWS

    account.config.latency = 0.0
    resumed = invoke("import", str(source), "--resume", str(outcomes))
    assert resumed.code in (0, 1), resumed.err  # 1 when the signal came during a POST: those rows are unknown
    counts = imported_emails(account)
    assert set(counts.values()) == {1}  # nothing imported twice
    final = journal(outcomes)
    assert sorted(final) == list(range(2, ROWS + 2))
    unknown = [line for line, status in final.items() if status == "unknown"]
    assert len(counts) == ROWS - len(unknown) or len(counts) == ROWS  # unknown rows may or may not have been queued
