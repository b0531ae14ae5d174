"""`upsert_contacts` on both paths against the stateful local ActiveCampaign: no duplicates, few requests, typed rows.

Every test runs on the sync and the async client (`connect`). The local account answers after
a few milliseconds, so concurrent workers really overlap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from activecampaign_sdk import ActiveCampaign, ImportPolicy, NoRateLimit
from activecampaign_sdk.bulk_import import ImportRowError
from activecampaign_sdk.contact_requests import ContactRow
from activecampaign_sdk.errors import InvalidInputError
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from ..parity import Connector

QUICK = ImportPolicy(poll_initial=0.02, poll_max=0.1, poll_timeout=20, rate_limited_wait=0.05, max_wait=0.1)
TAGS = ("VIP", "Gold")


@pytest.fixture
def server() -> Iterator[LocalActiveCampaign]:
    config = ServerConfig(rate_per_second=0, latency=0.002, import_delay=0.05, imports_per_minute=10_000)
    with LocalActiveCampaign(config) as server:
        with server.account.lock:
            server.account.add_tag("vip")  # exists (another case): found, never created again
            server.account.add_list({"name": "Newsletter"})
            server.account.add_field("Size", perstag="SIZE")
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


def rows(count: int) -> list[ContactRow]:
    return [
        {
            "email": f"row{n}@example.com",
            "first_name": f"Row{n}",
            "tags": list(TAGS),
            "lists": {"Newsletter": "subscribed"},
            "fields": {"SIZE": str(n)},
        }
        for n in range(count)
    ]


def tag_counts(server: LocalActiveCampaign) -> Counter[str]:
    return Counter(tag["tag"].casefold() for tag in server.account.tags.values())


@pytest.mark.parametrize("concurrency", [1, 5, 20])
def test_per_contact_path_creates_nothing_twice_and_looks_each_name_up_once(
    server: LocalActiveCampaign, connect: Connector, concurrency: int
) -> None:
    count, tags, lists = 40, len(TAGS), 1
    result = client(server, connect).upsert_contacts(rows(count), concurrency=concurrency)

    assert result.ok and sorted(result.succeeded) == list(range(count))
    assert tag_counts(server) == {"vip": 1, "gold": 1}, "each tag exists once"
    assert len(server.account.lists) == 1
    # One look-up per distinct name (2 tags, 1 list walk, 1 field), one create (Gold), then the floor per row.
    assert len(server.requests("GET", "/tags")) == 2
    assert len(server.requests("POST", "/tags")) == 1
    assert len(server.requests("GET", "/lists")) == 1
    assert len(server.requests("GET", "/fields")) == 1
    distinct_names = 4
    assert len(server.log) <= 1.05 * count * (1 + tags + lists) + distinct_names + 1
    links = Counter(link["contact"] for link in server.account.contact_tags.values())
    assert set(links.values()) == {2}


def test_find_or_create_shares_one_create_between_concurrent_callers(
    server: LocalActiveCampaign, connect: Connector
) -> None:
    ac = client(server, connect)
    # 20 rows at once, each naming tags nobody created yet, in different spellings.
    many: list[ContactRow] = [
        {"email": f"t{n}@example.com", "tags": ["New One", "new one ", "NEW ONE"]} for n in range(20)
    ]
    result = ac.upsert_contacts(many, concurrency=20)
    assert result.ok
    assert tag_counts(server)["new one"] == 1
    assert len(server.requests("POST", "/tags")) == 1


def test_bulk_path_sends_tags_lists_and_fields_inline(server: LocalActiveCampaign, connect: Connector) -> None:
    count = 600
    result = client(server, connect).upsert_contacts(rows(count), via="bulk")

    assert result.ok and sorted(result.imported) == list(range(count)) and not result.succeeded
    assert len(server.requests("POST", "/import/bulk_import")) == 3, "250 rows per request"
    assert not server.requests("POST", "/contact/sync") and not server.requests("POST", "/contactTags")
    assert len(server.requests("GET", "/lists")) == 1 and len(server.requests("GET", "/fields")) == 1
    assert tag_counts(server) == {"vip": 1, "gold": 1}
    stored = server.contact_by_email("row7@example.com")
    assert stored is not None and stored["firstName"] == "Row7"
    account = server.account
    assert {
        account.tags[link["tag"]]["tag"] for link in account.contact_tags.values() if link["contact"] == stored["id"]
    } == {
        "vip",
        "Gold",
    }
    assert [value["value"] for value in account.contact_field_values(stored["id"])] == ["7"]


BAD_ROWS: list[tuple[dict[str, Any], str]] = [
    ({"email": "a@example.com", "firstName": "Ada"}, "firstName"),
    ({"email": "b@example.com", "frist_name": "Bo"}, "frist_name"),
    ({"email": "c@example.com", "tagz": ["VIP"]}, "tagz"),
    ({"email": "d@example.com", "first_name": 12345}, "first_name"),
    ({"email": "e@example.com", "fields": {"SIZE": Decimal("1.5")}}, "SIZE"),
]


@pytest.mark.parametrize("via", ["per_contact", "bulk"])
def test_bad_rows_fail_alone_naming_the_key_and_nothing_of_them_is_sent(
    server: LocalActiveCampaign, connect: Connector, via: Any
) -> None:
    good: ContactRow = {"email": "good@example.com", "first_name": "Good"}
    given: list[Any] = [row for row, _ in BAD_ROWS] + [good]
    result = client(server, connect).upsert_contacts(given, via=via)

    assert [failure.index for failure in result.failed] == list(range(len(BAD_ROWS)))
    for failure, (_, key) in zip(result.failed, BAD_ROWS, strict=True):
        assert isinstance(failure.error, InvalidInputError) and key in str(failure.error)
    assert server.contact_emails() == ["good@example.com"], "no bad row reached the account"
    posts = [entry.path for entry in server.log if entry.method == "POST"]
    assert posts == (["/contact/sync"] if via == "per_contact" else ["/import/bulk_import"])


def test_bulk_path_accounts_for_every_row_when_the_import_fails(
    server: LocalActiveCampaign, connect: Connector
) -> None:
    server.account.import_failures.add("row3@example.com")
    result = client(server, connect).upsert_contacts(rows(5), via="bulk")
    assert sorted(result.imported) == [0, 1, 2, 4]
    [failure] = result.failed
    assert failure.index == 3 and isinstance(failure.error, ImportRowError) and failure.error.status == "failed"


def test_a_deleted_tag_is_looked_up_again(server: LocalActiveCampaign, connect: Connector) -> None:
    ac = client(server, connect)
    original = server.account.add_tag("Temp")["id"]

    def rows_then_delete() -> Iterator[ContactRow]:
        yield {"email": "first@example.com", "tags": ["Temp"]}
        yield {"email": "second@example.com", "tags": ["Temp"]}
        with server.account.lock:
            del server.account.tags[original]  # deleted in the account while the job runs, its id cached
        yield {"email": "third@example.com", "tags": ["Temp"]}

    result = ac.upsert_contacts(rows_then_delete(), concurrency=1)
    assert result.ok, result.failed
    assert tag_counts(server)["temp"] == 1, "created again once, after the 404"
    assert len(server.requests("GET", "/tags")) == 2 and len(server.requests("POST", "/tags")) == 1


@pytest.mark.parametrize("via", ["per_contact", "bulk"])
def test_a_name_the_account_lacks_is_looked_up_once_and_fails_each_row_naming_it(
    server: LocalActiveCampaign, connect: Connector, via: Any
) -> None:
    given: list[ContactRow] = [
        {"email": f"m{n}@example.com", "lists": {"No such list": "subscribed"}, "fields": {"SIZE": "1"}}
        for n in range(5)
    ]
    given += [{"email": f"x{n}@example.com", "fields": {"NO_SUCH_FIELD": "1"}} for n in range(3)]
    result = client(server, connect).upsert_contacts(given, via=via)
    assert [failure.index for failure in result.failed] == list(range(8))
    assert all(isinstance(failure.error, InvalidInputError) for failure in result.failed)
    assert "No such list" in str(result.failed[0].error) and "NO_SUCH_FIELD" in str(result.failed[-1].error)
    assert len(server.requests("GET", "/lists")) == 1
    assert len(server.requests("GET", "/fields")) == 2
    assert server.contact_emails() == []
