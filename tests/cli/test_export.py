"""`activecampaign export`: every contact, page by page, in constant memory."""

from __future__ import annotations

import csv
import json
import tracemalloc
from pathlib import Path

from activecampaign_sdk.testing import LocalActiveCampaign

from .conftest import Invoke


def traced_export(invoke: Invoke, target: Path) -> tuple[int, str]:
    """The peak of memory allocated while the command exports every contact to `target`, and its stderr."""
    tracemalloc.start()
    try:
        done = invoke("export", "contacts", "--format", "jsonl", "--output", str(target))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert done.code == 0, done.err
    return peak, done.err


def test_export_of_10000_contacts_runs_in_constant_memory(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    account.seed_contacts(1_000, domain="first.example.com")
    # A first export loads the command's modules and fills the decoders' caches: one-time costs, not
    # what an export holds, which would otherwise fall into whichever measured run came first.
    traced_export(invoke, tmp_path / "warm.jsonl")
    peak_1000, _ = traced_export(invoke, tmp_path / "1000.jsonl")
    account.seed_contacts(9_000)
    target = tmp_path / "contacts.jsonl"
    peak_10000, progress = traced_export(invoke, target)
    assert "10000/10000" in progress  # the progress bar, finished

    lines = target.read_text().splitlines()
    assert len(lines) == 10_000
    expected = {f"c{n}@first.example.com" for n in range(1_000)} | {f"c{n}@seed.example.com" for n in range(9_000)}
    assert {json.loads(line)["email"] for line in lines} == expected
    assert len(account.requests("GET", "/contacts")) == 10 + 10 + 100  # pages of 100
    # Ten times the contacts, the same memory: one page at a time. The whole export is about
    # 10 MB of JSON (far more as Python objects).
    size = target.stat().st_size
    assert size > 8_000_000
    # The local account answers from a thread of this process, so its pages in flight are traced too:
    # how many overlap depends on scheduling (up to ~0.7 MB apart on a loaded machine). Holding the
    # 9,000 extra contacts would add far more than their 9 MB of JSON.
    assert peak_10000 - peak_1000 < 1_500_000, (peak_1000, peak_10000)
    assert peak_10000 < size / 4, f"peak {peak_10000} bytes while writing {size} bytes"


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
