"""Benchmarks against the local ActiveCampaign (activecampaign_sdk.testing); writes the table into BENCHMARKS.md.

    make bench            # or: .venv/bin/python -m bench.run

Not part of `make test`: the figures depend on the machine. Every client talks
to the same stand-in on 127.0.0.1, so the ratios compare client costs.
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import msgspec.json
from activecampaign_sdk import ActiveCampaign, NoRateLimit, TokenBucketLimiter
from activecampaign_sdk._sync.contacts import Via
from activecampaign_sdk.contact_requests import ContactRow
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from bench import cold

ROOT = Path(__file__).resolve().parent.parent
CALLS = 300
ROUNDS = 3
BENCH_TOKEN = "bench-token"


def calls_per_second(calls: dict[str, Callable[[], Any]]) -> dict[str, float]:
    """Per client, the best of ROUNDS rounds of CALLS calls; the clients take turns so that noise hits all alike."""
    for call in calls.values():
        call()  # warm the connection and caches
    best = {name: min(_timed(call) for _ in range(1)) for name, call in calls.items()}
    for _ in range(ROUNDS - 1):
        for name, call in calls.items():
            best[name] = min(best[name], _timed(call))
    return {name: CALLS / seconds for name, seconds in best.items()}


@contextlib.contextmanager
def server_process(*args: str) -> Iterator[str]:
    """The local ActiveCampaign in its own process, so that its work does not share this process's GIL;
    yields its URL. It answers to BENCH_TOKEN."""
    command = [sys.executable, "-m", "activecampaign_sdk.testing", "--token", BENCH_TOKEN, *args]
    process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip().removeprefix("AC_API_URL=")
    finally:
        process.terminate()
        process.wait(timeout=30)


def _timed(call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        call()
    return time.perf_counter() - started


def per_call() -> dict[str, float]:
    from activecampaign.client import Client as PeerClient  # activecampaign-python (bench/requirements.txt)

    token = BENCH_TOKEN
    with (
        server_process("--seed-contacts", "100", "--rate", "0") as base_url,
        ActiveCampaign(base_url, token, limiter=NoRateLimit()) as ac,
        httpx.Client(base_url=base_url + "/api/3", headers={"Api-Token": token}) as raw,
    ):
        peer = PeerClient(base_url, token)
        return calls_per_second(
            {
                "sdk": lambda: ac.contacts.list_contacts(limit=100),
                "httpx": lambda: raw.get("/contacts", params={"limit": 100}).json(),
                "httpx+msgspec": lambda: msgspec.json.decode(raw.get("/contacts", params={"limit": 100}).content),
                "peer": lambda: peer.contacts.list_all_contacts(limit=100),
            }
        )


def saturation(requests: int = 250, rate_per_second: float = 5.0, time_scale: float = 10.0) -> dict[str, float]:
    config = ServerConfig(rate_per_second=rate_per_second, time_scale=time_scale)
    rate = config.request_rate
    limiter = TokenBucketLimiter(rate)
    with LocalActiveCampaign(config) as server, ActiveCampaign(server.base_url, config.token, limiter=limiter) as ac:
        per_thread = requests // 10
        threads = [
            threading.Thread(target=lambda: [ac.contacts.list_contacts(limit=1) for _ in range(per_thread)])
            for _ in range(10)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        times = sorted(server.answered_times())
        achieved = (len(times) - 1) / (times[-1] - times[0])
        return {"requests": len(server.log), "rate": rate, "achieved": achieved, "429": server.count_429}


def bulk_import(contacts: int = 10_000) -> dict[str, float] | None:
    if not hasattr(ActiveCampaign, "bulk_import"):
        return None
    config = ServerConfig(time_scale=1.0, import_delay=2.0)
    with LocalActiveCampaign(config) as server, ActiveCampaign(server.base_url, config.token) as ac:
        rows = [{"email": f"bench{n}@example.com", "first_name": f"B{n}"} for n in range(contacts)]
        started = time.perf_counter()
        client: Any = ac  # typed once the bulk-import helper is merged
        result = client.bulk_import(rows, wait=True)
        wall = time.perf_counter() - started
        imports = len(server.requests("POST", "/import/bulk_import"))
        polls = len(server.requests("GET", "/import/info"))
    # The least time both limits allow: every request at the request rate, the imports at the
    # imports-per-minute rate (the first minute's worth at once), then one batch's processing delay.
    by_rate = (imports + polls - 1) / config.request_rate
    by_imports = max(0, imports - config.imports_per_minute) * config.minute / config.imports_per_minute
    ideal = max(by_rate, by_imports) + config.import_delay
    return {"wall": wall, "ideal": ideal, "imports": imports, "polls": polls, "ok": len(result.succeeded)}


# The per-contact path at the real 5 requests/s would take 2+ hours for 10,000 rows: it runs at
# PER_CONTACT_SCALE times the real speed here; wall times are reported in real seconds (x scale).
PER_CONTACT_SCALE = 100.0
SYNC_TAGS = ("VIP", "Gold")  # VIP exists in the account, Gold is created by the first row that names it


def sync_rows(count: int) -> list[ContactRow]:
    return [
        {
            "email": f"sync{n}@example.com",
            "first_name": f"S{n}",
            "tags": list(SYNC_TAGS),
            "lists": {"Newsletter": "subscribed"},
            "fields": {"SIZE": str(n % 7)},
        }
        for n in range(count)
    ]


def sync_path(count: int, via: Via, concurrency: int = 20) -> dict[str, float]:
    """`upsert_contacts` of `count` rows with 2 tags, 1 list and 1 field on one path, against its ideal time."""
    scale = PER_CONTACT_SCALE if via == "per_contact" else 1.0
    config = ServerConfig(time_scale=scale, import_delay=2.0)
    with LocalActiveCampaign(config) as server:
        with server.account.lock:
            server.account.add_tag("VIP")
            server.account.add_list({"name": "Newsletter"})
            server.account.add_field("Size", perstag="SIZE")
        limiter = TokenBucketLimiter(config.request_rate)
        with ActiveCampaign(server.base_url, config.token, limiter=limiter) as ac:
            started = time.perf_counter()
            result = ac.upsert_contacts(sync_rows(count), concurrency=concurrency, via=via)
            wall = (time.perf_counter() - started) * scale
        tags = [tag["tag"].casefold() for tag in server.account.tags.values()]
        requests = len(server.log)
        imports = len(server.requests("POST", "/import/bulk_import"))
        polls = len(server.requests("GET", "/import/info"))
    distinct_names = len(SYNC_TAGS) + 1 + 1
    rate = config.request_rate / scale  # the real 5/s
    if via == "per_contact":
        floor = count * (1 + len(SYNC_TAGS) + 1) + distinct_names
        ideal = (floor - 1) / rate
    else:
        # As for bulk_import: every request at the request rate, imports at 100 per minute, one processing delay.
        by_rate = (requests - 1) / rate
        by_imports = max(0, imports - config.imports_per_minute) * 60 / config.imports_per_minute
        ideal = max(by_rate, by_imports) + config.import_delay
        floor = 2 * -(-count // 250) + 2  # one import and one status check per batch, one list walk, one field look-up
    accounted = len(result.succeeded) + len(result.imported) + len(result.failed)
    return {
        "rows": count,
        "requests": requests,
        "floor": floor,
        "per_contact": requests / count,
        "duplicates": len(tags) - len(set(tags)),
        "wall": wall,
        "ideal": ideal,
        "lost": count - accounted,
        "failed": len(result.failed),
        "imports": imports,
        "polls": polls,
    }


def client_cpu() -> dict[str, float]:
    """Client CPU seconds per call (this process only: the stand-in runs in its own), best of ROUNDS rounds.

    Typed `list_contacts` of a 100-contact page against raw httpx + `json.loads` of the same page,
    on the sync and on the async client.
    """
    import asyncio
    import json

    from activecampaign_sdk import AsyncActiveCampaign

    def cpu_per_call(call: Callable[[], Any]) -> float:
        call()
        best = math.inf
        for _ in range(ROUNDS):
            started = time.process_time()
            for _ in range(CALLS):
                call()
            best = min(best, (time.process_time() - started) / CALLS)
        return best

    async def async_cpu_per_call(call: Callable[[], Any]) -> float:
        await call()
        best = math.inf
        for _ in range(ROUNDS):
            started = time.process_time()
            for _ in range(CALLS):
                await call()
            best = min(best, (time.process_time() - started) / CALLS)
        return best

    params = {"limit": 100}
    with (
        server_process("--seed-contacts", "100", "--rate", "0") as base_url,
        ActiveCampaign(base_url, BENCH_TOKEN, limiter=NoRateLimit()) as ac,
        httpx.Client(base_url=base_url + "/api/3", headers={"Api-Token": BENCH_TOKEN}) as raw,
    ):
        figures = {
            "sync sdk": cpu_per_call(lambda: ac.contacts.list_contacts(limit=100)),
            "sync raw": cpu_per_call(lambda: json.loads(raw.get("/contacts", params=params).content)),
        }

        async def scenario() -> dict[str, float]:
            async with (
                AsyncActiveCampaign(base_url, BENCH_TOKEN, limiter=NoRateLimit()) as aac,
                httpx.AsyncClient(base_url=base_url + "/api/3", headers={"Api-Token": BENCH_TOKEN}) as araw,
            ):

                async def raw_call() -> Any:
                    return json.loads((await araw.get("/contacts", params=params)).content)

                return {
                    "async sdk": await async_cpu_per_call(lambda: aac.contacts.list_contacts(limit=100)),
                    "async raw": await async_cpu_per_call(raw_call),
                }

        figures.update(asyncio.run(scenario()))
    return figures


def small_write_latency(requests: int = 200) -> dict[str, float]:
    """Median round trip of a small request and answer: the local ActiveCampaign against a bare loopback server."""
    import statistics

    from tests.loopback import bare_server

    def median_seconds(http: httpx.Client, url: str, headers: dict[str, str]) -> float:
        for _ in range(5):
            http.get(url, headers=headers)
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            assert http.get(url, headers=headers).status_code == 200
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    config = ServerConfig(token=BENCH_TOKEN, rate_per_second=0)
    with LocalActiveCampaign(config) as server, bare_server() as bare, httpx.Client() as http:
        token = {"Api-Token": BENCH_TOKEN}
        return {
            "stand-in": median_seconds(http, f"{server.base_url}/api/3/tags?limit=1", token),
            "bare": median_seconds(http, f"{bare}/api/3/tags?limit=1", {}),
        }


def list_lookups(lists: int = 300) -> dict[str, float]:
    """`upsert_contacts` of one row per list, each naming its own list by name: requests against the floor."""
    config = ServerConfig(token=BENCH_TOKEN, rate_per_second=0)
    with LocalActiveCampaign(config) as server:
        with server.account.lock:
            for n in range(lists):
                server.account.add_list({"name": f"List {n}"})
        rows: list[ContactRow] = [
            {"email": f"l{n}@example.com", "lists": {f"List {n}": "subscribed"}} for n in range(lists)
        ]
        with ActiveCampaign(server.base_url, BENCH_TOKEN, limiter=NoRateLimit()) as ac:
            result = ac.upsert_contacts(rows, concurrency=5)
        walk = math.ceil(lists / 100)
        return {
            "lists": lists,
            "failed": len(result.failed),
            "list_requests": len(server.requests("GET", "/lists")),
            "walk": walk,
            "requests": len(server.log),
            "floor": 2 * lists + walk,  # contact/sync and the list status per row, one walk of the lists
        }


def export_section() -> str:
    """The export benchmark's own markdown section (`bench/export.py`, `measure() -> str`), when it exists."""
    if not (ROOT / "bench" / "export.py").is_file():
        return ""
    import importlib

    measure: Callable[[], str] = importlib.import_module("bench.export").measure
    return measure()


def pagination_memory(sizes: tuple[int, ...] = (10_000, 50_000, 100_000)) -> list[tuple[int, float, float]]:
    """Peak traced memory of this process while walking every contact (not keeping them), per contact count."""
    results = []
    for size in sizes:
        with (
            server_process("--seed-contacts", str(size), "--rate", "0") as base_url,
            ActiveCampaign(base_url, BENCH_TOKEN, limiter=NoRateLimit()) as ac,
        ):
            ac.contacts.list_contacts(limit=1)  # load the lazily imported modules before tracing
            gc.collect()
            tracemalloc.start()
            started = time.perf_counter()
            walked = sum(1 for _ in ac.paginate(ac.contacts.list_contacts))
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert walked == size, (walked, size)
        results.append((size, peak / 2**20, elapsed))
    return results


def generate_time() -> float:
    started = time.perf_counter()
    subprocess.run(["make", "generate"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def main() -> None:
    calls = per_call()
    sat = saturation()
    bulk = bulk_import()
    paths = [sync_path(count, via) for via in ("per_contact", "bulk") for count in (1_000, 10_000)]
    memory = pagination_memory()
    cpu = client_cpu()
    latency = small_write_latency()
    lookups = list_lookups()
    cold_rows = cold.rows(cold.measure())
    export = export_section()
    generate = generate_time()

    sdk_cost, raw_cost, peer_cost = (1 / calls[k] for k in ("sdk", "httpx", "peer"))
    peaks = [peak for _, peak, _ in memory]
    flat = max(peaks) <= min(peaks) * 1.25 + 1
    rows = [
        ("Typed `list_contacts` (100 contacts parsed)", f"{calls['sdk']:.0f} calls/s", "", ""),
        ("Raw httpx + json", f"{calls['httpx']:.0f} calls/s", "", ""),
        ("activecampaign-python 1.0.10", f"{calls['peer']:.0f} calls/s", "", ""),
        ("Raw httpx + msgspec (the SDK's JSON decoder)", f"{calls['httpx+msgspec']:.0f} calls/s", "", ""),
        (
            "SDK cost / raw httpx cost",
            f"{sdk_cost / raw_cost:.2f}x",
            "<= 1.3x",
            verdict(sdk_cost / raw_cost <= 1.3),
        ),
        (
            "SDK cost / raw httpx + msgspec cost (what the models add)",
            f"{calls['httpx+msgspec'] / calls['sdk']:.2f}x",
            "",
            "",
        ),
        (
            "SDK cost / activecampaign-python cost",
            f"{sdk_cost / peer_cost:.2f}x",
            "< 1x (faster)",
            verdict(sdk_cost < peer_cost),
        ),
        (
            f"Rate saturation, {sat['requests']} requests, 10 threads, {sat['rate']:.0f}/s (5/s x 10)",
            f"{sat['achieved'] / sat['rate']:.3f} of the rate, {sat['429']} x 429",
            ">= 0.95, 0 x 429",
            verdict(sat["achieved"] / sat["rate"] >= 0.95 and sat["429"] == 0),
        ),
    ]
    if bulk is None:
        rows.append(("Bulk import of 10,000 contacts", "pending bulk_import (not on this branch)", "<= 1.1x ideal", ""))
    else:
        rows.append(
            (
                f"Bulk import of 10,000 contacts ({bulk['imports']:.0f} imports, {bulk['polls']:.0f} polls)",
                f"{bulk['wall']:.1f} s / ideal {bulk['ideal']:.1f} s = {bulk['wall'] / bulk['ideal']:.2f}x",
                "<= 1.1x ideal",
                verdict(bulk["wall"] <= 1.1 * bulk["ideal"]),
            )
        )
    for path, via in zip(paths, ["per_contact"] * 2 + ["bulk"] * 2, strict=True):
        label = "per-contact (`contact/sync` + tags + list)" if via == "per_contact" else 'bulk (`via="bulk"`)'
        rows.append(
            (
                f"`upsert_contacts` {path['rows']:,} rows, 2 tags, 1 list, 1 field, {label}",
                f"{path['requests']:.0f} requests ({path['per_contact']:.3f}/contact; floor {path['floor']:.0f}), "
                f"{path['duplicates']:.0f} duplicate tags, {path['lost']:.0f} rows lost, {path['failed']:.0f} failed; "
                f"{path['wall']:.1f} s / ideal {path['ideal']:.1f} s = {path['wall'] / path['ideal']:.2f}x",
                "0 duplicates, 0 lost, <= 1.05x floor requests" + (", <= 1.1x ideal" if via == "bulk" else ""),
                verdict(
                    path["duplicates"] == 0
                    and path["lost"] == 0
                    and path["requests"] <= 1.05 * path["floor"]
                    and (via == "per_contact" or path["wall"] <= 1.1 * path["ideal"])
                ),
            )
        )
    for size, peak, elapsed in memory:
        rows.append(
            (f"Paginate {size:,} contacts", f"peak {peak:.1f} MiB traced, {elapsed:.1f} s", "flat in N", verdict(flat))
        )
    rows += [
        (
            "Client CPU per typed `list_contacts` (100 contacts), sync, vs raw httpx + `json.loads`",
            f"{cpu['sync sdk'] * 1e6:.0f} us vs {cpu['sync raw'] * 1e6:.0f} us = "
            f"{cpu['sync sdk'] / cpu['sync raw']:.2f}x",
            "<= 1.00x",
            verdict(cpu["sync sdk"] <= cpu["sync raw"]),
        ),
        (
            "Client CPU per typed `list_contacts` (100 contacts), async, vs raw httpx + `json.loads`",
            f"{cpu['async sdk'] * 1e6:.0f} us vs {cpu['async raw'] * 1e6:.0f} us = "
            f"{cpu['async sdk'] / cpu['async raw']:.2f}x",
            "<= 1.05x",
            verdict(cpu["async sdk"] <= 1.05 * cpu["async raw"]),
        ),
        (
            "Small request and answer (median of 200), local ActiveCampaign vs a bare loopback server",
            f"{latency['stand-in'] * 1e3:.2f} ms vs {latency['bare'] * 1e3:.2f} ms = "
            f"{latency['stand-in'] / latency['bare']:.1f}x",
            "<= 3x",
            verdict(latency["stand-in"] <= 3 * latency["bare"]),
        ),
        (
            f"`upsert_contacts` {lookups['lists']:.0f} rows naming {lookups['lists']:.0f} different lists",
            f"{lookups['list_requests']:.0f} `GET /lists` (one walk: {lookups['walk']:.0f}); "
            f"{lookups['requests']:.0f} requests, floor {lookups['floor']:.0f}; {lookups['failed']:.0f} failed",
            "<= floor",
            verdict(lookups["requests"] <= lookups["floor"] and lookups["failed"] == 0),
        ),
        *((name, value, "", "") for name, value in cold_rows),
        ("`make generate` wall time", f"{generate:.1f} s", "<= 60 s", verdict(generate <= 60)),
    ]
    table = ["| Measure | Result | Target | |", "| --- | --- | --- | --- |"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    write(table, export)
    print("\n".join(table))


def write(table: list[str], export: str) -> None:
    machine = f"Python {sys.version.split()[0]}, {os.cpu_count()} cores"
    # Before the export helper's bench/export.py exists, its section is this hook's note.
    export = export or "Export: no `bench/export.py` in this tree (its `measure() -> str` adds a section here)."
    text = f"""# Benchmarks

Written whole by `make bench` (`bench/run.py`) from what that run measured; nothing here is typed
by hand, and each figure stands beside its floor or its peer from the same run. Reproduce with
`make bench`, which installs `bench/requirements.txt` (the peer client) into `.venv` and rewrites
this file. Measured on {machine}.

How: per-call figures are the best of {ROUNDS} rounds of {CALLS} calls against the local ActiveCampaign
(`activecampaign_sdk.testing`) in its own process, serving 100 contacts a page; client CPU is this
process's CPU time per call. Rates are the real API's scaled (5/s becomes 50/s) and measured at the
server. The per-contact `upsert_contacts` rows run at 100x the real rate and report real seconds
(x100); their floor is one request per row plus one per tag and list, plus one look-up per distinct
name. Cold figures (`bench/cold.py`) are medians of fresh interpreters, timed inside the
interpreter, from bytecode, with click and rich blocked. Memory is tracemalloc's peak in the client
process while walking every contact without keeping them.

{chr(10).join(table)}

{export}
"""
    (ROOT / "BENCHMARKS.md").write_text(text)


if __name__ == "__main__":
    main()
