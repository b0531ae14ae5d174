"""Name look-ups stay linear: one walk of the lists answers every list name of a job.

Rows naming D distinct lists cost the per-contact floor plus ceil(lists in the account / 100)
`GET /lists`, whatever D is: every name and stringid the walk shows is kept for the job, and a
name it did not show is known to be missing without walking again. Both clients, both paths,
counted at the local ActiveCampaign.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from activecampaign_sdk import ActiveCampaign, ImportPolicy, NoRateLimit
from activecampaign_sdk.contact_requests import ContactRow
from activecampaign_sdk.errors import InvalidInputError
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from ..parity import Connector

LISTS = 250  # three pages of 100
NAMED = range(0, LISTS, 6)  # 42 distinct lists, on every page
WALK = math.ceil(LISTS / 100)
QUICK = ImportPolicy(poll_initial=0.02, poll_max=0.1, poll_timeout=20, rate_limited_wait=0.05, max_wait=0.1)


@pytest.fixture
def server() -> Iterator[LocalActiveCampaign]:
    config = ServerConfig(rate_per_second=0, import_delay=0.05, imports_per_minute=10_000)
    with LocalActiveCampaign(config) as server:
        with server.account.lock:
            for n in range(LISTS):
                server.account.add_list({"name": f"List {n}", "stringid": f"slug-{n}"})
        yield server


def client(server: LocalActiveCampaign, connect: Connector) -> ActiveCampaign:
    return connect(
        None,
        server.base_url,
        server.config.token,
        limiter=NoRateLimit(),
        import_limiter=NoRateLimit(),
        import_policy=QUICK,
    )


def rows() -> list[ContactRow]:
    # Each row names its own list, half by name and half by stringid, in another case than the account's.
    named: list[ContactRow] = [
        {"email": f"row{n}@example.com", "lists": {(f"LIST {n}" if n % 12 else f"Slug-{n}"): "subscribed"}}
        for n in NAMED
    ]
    missing: list[ContactRow] = [
        {"email": f"gone{n}@example.com", "lists": {f"No list {n}": "subscribed"}} for n in range(3)
    ]
    return [*named[:20], *missing, *named[20:]]


def list_of_row(server: LocalActiveCampaign, email: str) -> str:
    contact = server.contact_by_email(email)
    assert contact is not None
    (membership,) = [m for m in server.account.contact_lists.values() if m["contact"] == contact["id"]]
    return str(server.account.lists[str(membership["list"])]["name"])


@pytest.mark.parametrize("concurrency", [1, 5])
def test_per_contact_rows_naming_many_lists_walk_the_lists_once(
    server: LocalActiveCampaign, connect: Connector, concurrency: int
) -> None:
    result = client(server, connect).upsert_contacts(rows(), concurrency=concurrency)

    assert sorted(result.succeeded) == [n for n in range(len(NAMED) + 3) if n not in (20, 21, 22)]
    assert [(f.index, type(f.error)) for f in result.failed] == [(n, InvalidInputError) for n in (20, 21, 22)]
    assert len(server.requests("GET", "/lists")) == WALK
    # The floor: per row one contact/sync and one list status; nothing for the rows naming no list.
    floor = 2 * len(NAMED)
    assert len(server.log) == floor + WALK
    for n in NAMED:
        assert list_of_row(server, f"row{n}@example.com") == f"List {n}"


def test_bulk_rows_naming_many_lists_walk_the_lists_once(server: LocalActiveCampaign, connect: Connector) -> None:
    result = client(server, connect).upsert_contacts(rows(), via="bulk")

    assert sorted(result.imported) == [n for n in range(len(NAMED) + 3) if n not in (20, 21, 22)]
    assert len(server.requests("GET", "/lists")) == WALK
