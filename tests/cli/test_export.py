"""`activecampaign export`: every contact, page by page, in constant memory."""

from __future__ import annotations

import csv
import json
import tracemalloc
from pathlib import Path

from activecampaign_sdk.testing import LocalActiveCampaign

from .conftest import Invoke


def test_export_of_10000_contacts_runs_in_constant_memory(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    account.seed_contacts(10_000)
    target = tmp_path / "contacts.jsonl"
    tracemalloc.start()
    try:
        done = invoke("export", "contacts", "--format", "jsonl", "--output", str(target))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert done.code == 0, done.err
    assert "10000/10000" in done.err  # the progress bar, finished
    lines = target.read_text().splitlines()
    assert len(lines) == 10_000
    assert {json.loads(line)["email"] for line in lines} == {f"c{n}@seed.example.com" for n in range(10_000)}
    assert len(account.requests("GET", "/contacts")) == 100  # 100 pages of 100
    # The whole export is about 10 MB of JSON (far more as Python objects); a page is a hundredth.
    size = target.stat().st_size
    assert size > 8_000_000
    assert peak < size / 4, f"peak {peak} bytes while writing {size} bytes"


def test_export_as_csv_to_standard_output(invoke: Invoke, account: LocalActiveCampaign) -> None:
    account.seed_contacts(250)
    done = invoke("export", "contacts", "--format", "csv", "--page-size", "100")
    assert done.code == 0, done.err
    rows = list(csv.DictReader(done.out.splitlines()))
    assert len(rows) == 250
    assert rows[0]["email"] == "c0@seed.example.com" and rows[0]["firstName"] == "First0"
    assert json.loads(rows[0]["links"])["contactTags"].endswith("/contacts/1/contactTags")
    assert len(account.requests("GET", "/contacts")) == 3


def test_an_empty_export_writes_nothing(invoke: Invoke, account: LocalActiveCampaign) -> None:
    for fmt in ("csv", "jsonl"):
        done = invoke("export", "tags", "--format", fmt)
        assert done.code == 0, done.err
        assert done.out == ""
    assert len(account.requests("GET", "/tags")) == 2
