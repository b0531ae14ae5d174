"""What an export costs: requests and memory of a first and an incremental `updated_since` walk of 100,000
contacts, side by side with the floor (ceil(N/100) requests first, ceil(k/100) + 1 for k changes).

    .venv/bin/python -m bench.export          # prints a markdown section; bench.run calls measure()

The local ActiveCampaign runs in a process of its own (so its work is not in this process's
memory or GIL), seeded through its store (100,000 API calls would take minutes), with contacts
last changed days ago; the changes are made there too, by contact id, between walks. Memory
is the peak traced by `tracemalloc` in this process during the walk: the client's, alone.
"""

from __future__ import annotations

import math
import subprocess
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

from activecampaign_sdk import ActiveCampaign, NoRateLimit
from activecampaign_sdk.changes import UpdateCursor

ROOT = Path(__file__).resolve().parent.parent
CONTACTS = 100_000
CHANGES = (0, 250, 1_000)


def serve(count: int) -> None:
    """The child process: a seeded local account; prints its URL and token, then obeys `touch K` lines."""
    from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig
    from activecampaign_sdk.testing.records import central, wall_clock

    with LocalActiveCampaign(ServerConfig(rate_per_second=0)) as api:
        start = datetime.now(UTC) - timedelta(days=3)
        with api.account.lock:
            for n in range(count):
                record = api.account.store_contact({"email": f"c{n}@bench.example.com", "firstName": f"F{n}"})
                when = central(start + timedelta(seconds=n % 86_400)).isoformat(timespec="seconds")
                record["cdate"] = record["udate"] = when
                record["created_utc_timestamp"] = record["updated_utc_timestamp"] = wall_clock(when)
        print(api.base_url, api.config.token, flush=True)
        touched = 0
        for line in sys.stdin:
            command, _, amount = line.partition(" ")
            if command != "touch":
                break
            k = int(amount)
            when = central(datetime.now(UTC)).isoformat(timespec="seconds")
            with api.account.lock:
                for n in range(k):
                    record = api.account.contacts[str((touched + n) * 37 % count + 1)]
                    record["firstName"], record["udate"] = f"changed {touched + n}", when
                    record["updated_utc_timestamp"] = wall_clock(when)
            touched += k
            print("ok", flush=True)


def walked(ac: ActiveCampaign, cursor: UpdateCursor | None) -> tuple[int, int, float, int, UpdateCursor]:
    """(records, requests, seconds, peak bytes traced, next cursor) of one walk of the contacts."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        walk = ac.updated_since("contacts", cursor)
        records = sum(1 for _ in walk)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return records, walk.requests, seconds, peak, walk.cursor


def measure(contacts: int = CONTACTS) -> str:
    """The markdown section: one row per walk."""
    command = [sys.executable, "-m", "bench.export", "--serve", str(contacts)]
    child = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None
    rows = []
    try:
        url, token = child.stdout.readline().split()
        with ActiveCampaign(url, token, limiter=NoRateLimit()) as ac:
            next(iter(ac.updated_since("tags")), None)  # imports and the connection, outside the figures
            records, requests, seconds, peak, base = walked(ac, None)
            rows.append(("first export", contacts, records, requests, math.ceil(contacts / 100), seconds, peak))
            changed = 0
            for k in CHANGES:  # each walk from the first export's cursor, k contacts changed since
                if k > changed:
                    child.stdin.write(f"touch {k - changed}\n")
                    child.stdin.flush()
                    child.stdout.readline()
                    changed = k
                records, requests, seconds, peak, _ = walked(ac, base)
                rows.append((f"incremental, {k} changed", k, records, requests, math.ceil(k / 100) + 1, seconds, peak))
    finally:
        child.stdin.close()
        child.wait(timeout=60)
    lines = [
        f'## Export: `ac.updated_since("contacts", cursor)` over {contacts:,} contacts',
        "",
        "| walk | records to deliver | delivered | list requests | floor | seconds | peak memory |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, expected, records, requests, floor, seconds, peak in rows:
        lines.append(
            f"| {name} | {expected:,} | {records:,} | {requests:,} | {floor:,} | {seconds:.1f} | {peak / 1e6:.1f} MB |"
        )
    lines += [
        "",
        "Floor: a first export of N contacts in ceil(N/100) list requests; an incremental run with k",
        "changes in ceil(k/100) + 1. Contacts are walked by id (`id_greater` + `orders[id]=ASC`); each",
        "incremental walk starts from the first export's cursor and asks `filters[updated_after]` for",
        "that cursor less the overlap (5 minutes). A walk within 5 minutes of the previous one also gets",
        "that one's changes again (still in the window) and drops them by `(id, update time, digest)`:",
        "they cost requests, not duplicates. Peak memory is this process's (the client's), traced while",
        "walking; the local account runs in another process.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]))
        return
    print(measure(int(sys.argv[1]) if len(sys.argv) > 1 else CONTACTS))


if __name__ == "__main__":
    main()
