"""What the export tests share: a local account seeded through its store, times moved by hand, and one walk
of `updated_since` on either client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, NoRateLimit
from activecampaign_sdk.changes import ChangePage, UpdateCursor
from activecampaign_sdk.testing import Faults, LocalActiveCampaign, ServerConfig
from activecampaign_sdk.testing.records import central, wall_clock

OLD = timedelta(days=3)


@pytest.fixture
def api() -> Iterator[LocalActiveCampaign]:
    """A local account without a rate limit (these tests are not about limits)."""
    with LocalActiveCampaign(ServerConfig(rate_per_second=0)) as server:
        yield server


def stamp(moment: datetime) -> str:
    """A time as the API writes `udate`: US Central with its offset, to the second."""
    return central(moment).isoformat(timespec="seconds")


def seed_contacts(
    api: LocalActiveCampaign, count: int, *, age: timedelta = OLD, domain: str = "old.example.com"
) -> None:
    """`count` contacts stored directly (no requests), created and last changed `age` ago, one second apart."""
    start = datetime.now(UTC) - age
    with api.account.lock:
        for n in range(count):
            record = api.account.store_contact({"email": f"c{n}@{domain}", "firstName": f"F{n}", "lastName": "Old"})
            when = stamp(start + timedelta(seconds=n % 3600))
            record["cdate"] = record["udate"] = when
            record["created_utc_timestamp"] = record["updated_utc_timestamp"] = wall_clock(when)


def touch(api: LocalActiveCampaign, contact_id: str, moment: datetime, first_name: str) -> None:
    """Changes a contact as the API would at `moment`: a new first name, `udate` (and its wall-clock twin)."""
    with api.account.lock:
        record = api.account.contacts[contact_id]
        record["firstName"] = first_name
        record["udate"] = stamp(moment)
        record["updated_utc_timestamp"] = wall_clock(record["udate"])


def touch_deal(api: LocalActiveCampaign, deal_id: str, moment: datetime, title: str) -> None:
    with api.account.lock:
        deal = api.account.deals[deal_id]
        deal["title"], deal["mdate"] = title, stamp(moment)


@dataclass
class Walked:
    records: list[dict[str, Any]]
    cursor: UpdateCursor
    requests: int
    incremental: bool

    @property
    def ids(self) -> list[str]:
        return [str(record["id"]) for record in self.records]


OnPage = Callable[[int, ChangePage], None]


def walk(
    flavour: str,
    api: LocalActiveCampaign,
    collection: str,
    cursor: UpdateCursor | None = None,
    *,
    on_page: OnPage | None = None,
    **options: Any,
) -> Walked:
    """One walk of `ac.updated_since` on the sync or the async client; `on_page(n, page)` after each page."""
    client_options: dict[str, Any] = {"limiter": NoRateLimit(), "max_retries": options.pop("max_retries", 0)}
    if flavour == "sync":
        with ActiveCampaign(api.base_url, api.config.token, **client_options) as ac:
            walked = ac.updated_since(collection, cursor, **options)
            records: list[dict[str, Any]] = []
            for number, page in enumerate(walked.pages()):
                records += page.records
                if on_page is not None:
                    on_page(number, page)
            return Walked(records, walked.cursor, walked.requests, walked.incremental)

    async def run() -> Walked:
        async with AsyncActiveCampaign(api.base_url, api.config.token, **client_options) as ac:
            walked = ac.updated_since(collection, cursor, **options)
            records: list[dict[str, Any]] = []
            number = 0
            async for page in walked.pages():
                records += page.records
                if on_page is not None:
                    on_page(number, page)
                number += 1
            return Walked(records, walked.cursor, walked.requests, walked.incremental)

    return asyncio.run(run())


def fail_request(api: LocalActiveCampaign, number: int, kind: str = "500") -> None:
    """The `number`-th request from now fails with `kind`."""
    api.faults = Faults(schedule={number: kind})
