"""`make demo-warehouse`: the local ActiveCampaign loaded into a DuckDB file by `activecampaign load`, twice.

It starts a local ActiveCampaign on 127.0.0.1 with 2,000 contacts, some tags and deals, runs
`activecampaign load --database build/demo.duckdb` against it, changes a few contacts, runs it
again (only those are loaded, merged over their rows), and prints what the warehouse holds.
No account and no other set-up needed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig
from activecampaign_sdk.testing.records import central, wall_clock
from activecampaign_sdk.testing.store import Request

ROOT = Path(__file__).resolve().parent.parent
DATABASE = ROOT / "build" / "demo.duckdb"


def main() -> None:
    DATABASE.parent.mkdir(exist_ok=True)
    DATABASE.unlink(missing_ok=True)
    with LocalActiveCampaign(ServerConfig(rate_per_second=0)) as api:
        api.seed_contacts(2_000, domain="demo.example.com")
        with api.account.lock:
            for name in ("VIP", "Newsletter", "Trial"):
                api.account.add_tag(name)
            for n in range(25):
                body = {
                    "deal": {"title": f"Deal {n}", "value": 1000 * n, "currency": "usd", "contact": "1", "stage": "1"}
                }
                api.account.create_deal(Request("POST", "/deals", {}, body))
        env = {
            **os.environ,
            "AC_API_URL": api.base_url,
            "AC_API_TOKEN": api.config.token,
            "AC_RATE_LIMIT": "1000",
            "RUNTIME__DLTHUB_TELEMETRY": "false",
        }
        command = [sys.executable, "-m", "activecampaign_sdk.cli", "load", "--database", str(DATABASE)]
        command += ["--pipelines-dir", str(ROOT / "build" / "dlt")]
        print(f"local ActiveCampaign at {api.base_url}; first load:", flush=True)
        subprocess.run(command, env=env, check=True)
        when = central(datetime.now(UTC)).isoformat(timespec="seconds")
        with api.account.lock:
            for ident in ("1", "2", "3"):
                contact = api.account.contacts[ident]
                contact["firstName"], contact["udate"] = "Changed", when
                contact["updated_utc_timestamp"] = wall_clock(when)
        print("three contacts changed; second load:", flush=True)
        subprocess.run(command, env=env, check=True)
    with duckdb.connect(str(DATABASE), read_only=True) as db:
        for table in ("contacts", "tags", "deals", "deal_stages", "deal_groups"):
            count = db.execute(f"select count(*) from activecampaign_data.{table}").fetchone()
            print(f"{DATABASE.relative_to(ROOT)}: activecampaign_data.{table}: {count[0] if count else 0} rows")
        changed = db.execute(
            "select count(*) from activecampaign_data.contacts where first_name = 'Changed'"
        ).fetchone()
        print(f"contacts changed and merged: {changed[0] if changed else 0}")


if __name__ == "__main__":
    main()
