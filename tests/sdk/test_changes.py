"""`ac.updated_since`: every record once, then only what changed, at the request floor; the cursor moves only
after a complete walk; records sharing the cursor's second are neither dropped nor delivered twice.

Against the local ActiveCampaign (seeded through its store), on both clients.
"""

from __future__ import annotations

import importlib.util
import math
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from activecampaign_sdk import ActiveCampaign, NoRateLimit
from activecampaign_sdk.changes import (
    ChangeWalk,
    IncompleteWalkError,
    UnstableCollectionError,
    UpdateCursor,
    parse_time,
)
from activecampaign_sdk.errors import InternalServerError, InvalidInputError
from activecampaign_sdk.feeds import feed, feeds
from activecampaign_sdk.testing import LocalActiveCampaign
from activecampaign_sdk.testing.store import Request

from ..exporting import api, fail_request, seed_contacts, stamp, touch, touch_deal, walk
from ..parity import Connector

__all__ = ["api"]  # the fixture, imported for the tests below

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def queries(api: LocalActiveCampaign, path: str) -> list[dict[str, str]]:
    return [dict(parse_qsl(entry.query, keep_blank_values=True)) for entry in api.requests("GET", path)]


# The feed table


def test_the_feed_table_is_derived_from_the_spec() -> None:
    spec = importlib.util.spec_from_file_location("export_feeds", ROOT / "generator" / "export_feeds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "overlay" / "activecampaign_sdk" / "feed_table.py").read_text() == module.expected_table()


def test_every_list_with_an_update_filter_or_sort_is_incremental() -> None:
    incremental = {name: (f.how, f.updated) for name, f in feeds().items() if f.incremental}
    assert incremental == {
        "contacts": ("filter", "udate"),
        "deals": ("filter", "mdate"),
        "activities": ("filter", "tstamp"),
        "custom_objects_schemas": ("filter", "updatedTimestamp"),
        "custom_objects_records": ("filter", "updatedTimestamp"),
        "automations": ("ordered", "mdate"),
        "campaigns": ("ordered", "mdate"),
        "email_activities": ("ordered", "tstamp"),
    }
    assert feed("contacts").keyset and not feed("deals").keyset
    assert feed("contact-tags").how == "full"
    assert len(feeds()) > 70


# Times


def test_times_compare_across_offsets_and_daylight_saving() -> None:
    winter = parse_time("2026-03-08T01:30:00-06:00")  # 07:30 UTC, before the change
    summer = parse_time("2026-03-08T03:10:00-05:00")  # 08:10 UTC, after it
    assert winter is not None and summer is not None and winter < summer
    assert parse_time("2026-07-01T10:00:00-05:00") == parse_time("2026-07-01T15:00:00Z")
    assert parse_time("2026-07-01 10:00:00") == parse_time("2026-07-01T10:00:00-05:00"), "no offset: US Central"
    assert parse_time("2026-01-15 10:00:00") == parse_time("2026-01-15T10:00:00-06:00")
    assert parse_time("2019-09-06T2:10:00-05:00") == parse_time("2019-09-06T07:10:00Z"), "a one-digit hour"
    assert parse_time("2026-07-01T10:00:00.123456789Z") == datetime(2026, 7, 1, 10, 0, 0, 123456, tzinfo=UTC)
    for never in ("0000-00-00 00:00:00", "0000-00-00", "", None, "yesterday", 5):
        assert parse_time(never) is None


def test_udate_is_the_truth_not_updated_utc_timestamp() -> None:
    """`updated_utc_timestamp` shows `udate`'s wall clock; read as UTC it is 5 hours early in summer."""
    cursor = UpdateCursor("contacts", datetime(2026, 7, 1, 12, 0, tzinfo=UTC))
    walk_ = ChangeWalk("contacts", cursor, overlap=timedelta(0))
    changed = {"id": "1", "udate": "2026-07-01T09:30:00-05:00", "updated_utc_timestamp": "2026-07-01 09:30:00"}
    before = {"id": "2", "udate": "2026-07-01T06:30:00-05:00", "updated_utc_timestamp": "2026-07-01 06:30:00"}
    page = walk_.take({"contacts": [changed, before], "meta": {"total": "2"}}, "Wed, 01 Jul 2026 15:00:00 GMT")
    assert [r["id"] for r in page.records] == ["1"], "14:30 UTC is after the cursor; 11:30 UTC is before it"
    path, params = ChangeWalk("contacts", cursor, overlap=timedelta(minutes=5)).request()
    assert params["filters[updated_after]"] == "2026-07-01 06:55:00", "the cursor less the overlap, US Central"
    assert path == "/contacts" and params["orders[id]"] == "ASC" and "id_greater" not in params


# Walks against the local account


def test_first_walk_is_every_contact_at_the_floor_then_only_changes(flavour: str, api: LocalActiveCampaign) -> None:
    seed_contacts(api, 2_500)
    first = walk(flavour, api, "contacts")
    assert len(first.records) == 2_500 and len(set(first.ids)) == 2_500
    assert first.requests == math.ceil(2_500 / 100) == len(api.requests("GET", "/contacts"))
    sent = queries(api, "/contacts")
    assert all(q["orders[id]"] == "ASC" and q["limit"] == "100" and "offset" not in q for q in sent)
    assert [q.get("id_greater") for q in sent[:3]] == [None, "100", "200"], "keyset: ids after the last one seen"
    assert first.incremental and first.cursor.since is not None

    now = datetime.now(UTC)
    changed = [str(n) for n in range(7, 2_500, 16)]  # 156 contacts
    for ident in changed:
        touch(api, ident, now, f"changed {ident}")
    before = len(api.log)
    second = walk(flavour, api, "contacts", first.cursor)
    assert sorted(second.ids, key=int) == changed
    assert all(r["firstName"] == f"changed {r['id']}" for r in second.records)
    assert second.requests == len(api.log) - before == math.ceil(len(changed) / 100), "ceil(k/100), under the floor"

    third = walk(flavour, api, "contacts", second.cursor)
    assert third.records == [] and third.requests == 2, "the window is asked again; nothing in it is new"


def test_records_sharing_the_cursors_second_are_neither_dropped_nor_repeated(
    flavour: str, api: LocalActiveCampaign
) -> None:
    seed_contacts(api, 30)
    with ActiveCampaign(api.base_url, api.config.token, limiter=NoRateLimit()) as ac:
        ac.request("POST", "/contacts", json={"contact": {"email": "new@example.com"}})  # udate: now
    first = walk(flavour, api, "contacts")
    assert len(first.records) == 31
    since = first.cursor.since
    assert since is not None
    assert any(version[0] == "31" for version in first.cursor.seen), "delivered within the window: remembered"

    # Changes in the cursor's own second, just before it, and just after it.
    touch(api, "5", since, "same second A")
    touch(api, "6", since, "same second B")
    touch(api, "7", since - timedelta(seconds=2), "two seconds before")
    touch(api, "8", since + timedelta(seconds=1), "one second after")
    second = walk(flavour, api, "contacts", first.cursor)
    assert sorted(second.ids, key=int) == ["5", "6", "7", "8"], "31 (same version) is not delivered again"

    third = walk(flavour, api, "contacts", second.cursor)
    assert third.ids == [], "all four are in the window again, and all were delivered"

    # The same contact changed again within the same second: a new version, delivered once.
    touch(api, "5", since, "same second, changed again")
    fourth = walk(flavour, api, "contacts", third.cursor)
    assert fourth.ids == ["5"] and fourth.records[0]["firstName"] == "same second, changed again"
    assert walk(flavour, api, "contacts", fourth.cursor).ids == []


def test_records_created_or_changed_during_a_walk_are_not_lost(flavour: str, api: LocalActiveCampaign) -> None:
    seed_contacts(api, 450)

    def meanwhile(number: int, page: Any) -> None:
        if number == 1:  # after the second page: one contact behind the walk changes, three are created
            touch(api, "20", datetime.now(UTC), "changed behind the walk")
            seed_contacts(api, 3, age=timedelta(0), domain="during.example.com")

    first = walk(flavour, api, "contacts", on_page=meanwhile)
    assert len(first.ids) == len(set(first.ids)) == 453, "the new contacts come after the walk's position"
    second = walk(flavour, api, "contacts", first.cursor)
    assert "20" in second.ids and next(r for r in second.records if r["id"] == "20")["firstName"].startswith("changed")
    assert not set(second.ids) & {"451", "452", "453"}, "the created ones were delivered once, by the first walk"
    assert walk(flavour, api, "contacts", second.cursor).ids == []


def test_an_interrupted_walk_keeps_the_cursor_and_the_next_loses_nothing(
    flavour: str, api: LocalActiveCampaign
) -> None:
    seed_contacts(api, 500)
    base = walk(flavour, api, "contacts")
    now = datetime.now(UTC)
    changed = [str(n) for n in range(1, 501, 2)]  # 250
    for ident in changed:
        touch(api, ident, now, "changed")
    fail_request(api, 2)  # the second page fails; no retries
    delivered: list[str] = []

    def collect(number: int, page: Any) -> None:
        delivered.extend(str(r["id"]) for r in page.records)

    with pytest.raises(InternalServerError):
        walk(flavour, api, "contacts", base.cursor, on_page=collect)
    assert len(delivered) == 100, "one page got through before the failure"
    clean = walk(flavour, api, "contacts", base.cursor)  # the saved cursor, as the walk never completed
    assert sorted(clean.ids, key=int) == changed, "nothing lost, nothing twice within the clean walk"


def test_the_cursor_is_refused_before_the_walk_completed(api: LocalActiveCampaign) -> None:
    seed_contacts(api, 150)
    with ActiveCampaign(api.base_url, api.config.token, limiter=NoRateLimit()) as ac:
        walked = ac.updated_since("contacts")
        pages = walked.pages()
        next(pages)
        with pytest.raises(IncompleteWalkError):
            _ = walked.cursor
        assert sum(1 for _ in pages) == 1
        assert walked.complete and walked.cursor.since is not None
        with pytest.raises(InvalidInputError, match="read once"):
            list(walked)
        with pytest.raises(InvalidInputError, match="not 'deals'"):
            ac.updated_since("deals", walked.cursor)
        with pytest.raises(InvalidInputError, match="no exportable collection"):
            ac.updated_since("contact")
        with pytest.raises(InvalidInputError, match="path parameters"):
            ac.updated_since("custom_objects_records")
        with pytest.raises(InvalidInputError, match="sets"):
            ac.updated_since("contacts", params={"orders[id]": "DESC"})
    assert len(api.requests("GET", "/contacts")) == 2


BAD_WALKS: list[tuple[str, dict[str, Any], str]] = [
    ("collection", {"collection": None}, "named by text"),
    ("collection", {"collection": 5}, "named by text"),
    ("object param", {"params": {"email": object()}}, "cannot be sent"),
    ("dict param", {"params": {"filters": {"a": "b"}}}, "cannot be sent"),
    ("nan param", {"params": {"tagid": float("nan")}}, "no JSON form"),
    ("list param", {"params": {"tagid": ["1", "2"]}}, "one value per parameter"),
    ("blank path", {"collection": "custom_objects_records", "path_params": {"schemaId": " "}}, "path parameters"),
    ("dot path", {"collection": "custom_objects_records", "path_params": {"schemaId": ".."}}, "cannot name"),
    ("object path", {"collection": "custom_objects_records", "path_params": {"schemaId": object()}}, "must be"),
]


@pytest.mark.parametrize(("case", "options", "says"), BAD_WALKS, ids=[case for case, _, _ in BAD_WALKS])
def test_a_walk_refuses_bad_collections_params_and_path_params_before_any_request(
    flavour: str, api: LocalActiveCampaign, case: str, options: dict[str, Any], says: str
) -> None:
    options = dict(options)
    collection = options.pop("collection", "contacts")
    with pytest.raises(InvalidInputError, match=says):
        walk(flavour, api, collection, **options)
    assert api.log == []


def test_a_walks_params_are_sent_as_a_calls_are(api: LocalActiveCampaign) -> None:
    seed_contacts(api, 3)
    walk("sync", api, "contacts", params={"status": -1, "email_like": "old.example"})
    assert {key: value for key, value in queries(api, "/contacts")[0].items() if key in ("status", "email_like")} == {
        "status": "-1",
        "email_like": "old.example",
    }


def test_deals_change_by_mdate_and_an_offset_walk_restarts_when_the_set_moves(
    flavour: str, api: LocalActiveCampaign
) -> None:
    old = datetime.now(UTC) - timedelta(days=2)
    with api.account.lock:  # through the store: no requests
        contact = api.account.store_contact({"email": "owner@example.com"})
        for n in range(230):
            body = {"deal": {"title": f"D{n}", "value": 100, "currency": "usd", "contact": contact["id"], "stage": "1"}}
            api.account.create_deal(Request("POST", "/deals", {}, body))
    for ident in list(api.account.deals):
        touch_deal(api, ident, old, api.account.deals[ident]["title"])
    first = walk(flavour, api, "deals")
    assert len(first.ids) == 230 and first.requests == 3
    now = datetime.now(UTC)
    for ident in ("3", "150", "229"):
        touch_deal(api, ident, now, f"changed {ident}")

    def meanwhile(number: int, page: Any) -> None:
        if number == 0:  # a deal joins the set behind the walk: offsets shift, the walk starts again
            touch_deal(api, "1", datetime.now(UTC), "changed 1")

    second = walk(flavour, api, "deals", first.cursor, page_size=2, on_page=meanwhile)
    assert sorted(second.ids, key=int) == ["1", "3", "150", "229"]
    sent = queries(api, "/deals")[-second.requests :]
    assert all(q["filters[updated_after]"] for q in sent), "asked by mdate"
    assert [q["offset"] for q in sent].count("0") == 2, "meta.total moved after the first page: started again"
    assert walk(flavour, api, "deals", second.cursor).ids == []


def test_a_collection_without_an_update_filter_is_walked_whole_and_says_so(
    flavour: str, api: LocalActiveCampaign
) -> None:
    for n in range(120):
        api.account.add_tag(f"tag {n}")
    first = walk(flavour, api, "tags")
    assert len(first.ids) == 120 and not first.incremental
    assert first.cursor == UpdateCursor("tags", None, frozenset(), incremental=False)
    again = walk(flavour, api, "tags", first.cursor)
    assert len(again.ids) == 120 and not again.cursor.incremental


def test_the_cursor_round_trips_through_json() -> None:
    cursor = UpdateCursor("contacts", datetime(2026, 7, 1, 15, 0, tzinfo=UTC), frozenset({("1", "x", "y")}))
    assert UpdateCursor.from_json(cursor.to_json()) == cursor
    bad: object
    for bad in ({}, {"version": 1}, {"version": 1, "collection": "c", "seen": [["1"]]}, [], "x"):
        with pytest.raises(InvalidInputError):
            UpdateCursor.from_json(bad)


# Ordered feeds (newest first), and an offset walk that never settles: the walk alone, with crafted answers


def campaign(ident: int, minutes_ago: int, now: datetime) -> dict[str, Any]:
    return {"id": str(ident), "mdate": stamp(now - timedelta(minutes=minutes_ago)), "name": f"C{ident}"}


def test_an_ordered_feed_stops_at_the_first_record_older_than_the_window() -> None:
    now = datetime(2026, 7, 1, 15, 0, tzinfo=UTC)
    cursor = UpdateCursor("campaigns", now - timedelta(minutes=30))
    walker = ChangeWalk("campaigns", cursor, page_size=3, overlap=timedelta(minutes=5))
    path, params = walker.request()
    assert path == "/campaigns" and params == {"limit": "3", "orders[mdate]": "DESC", "offset": "0"}
    date = "Wed, 01 Jul 2026 15:00:00 GMT"
    page = walker.take({"campaigns": [campaign(n, n * 10, now) for n in (1, 2, 3)], "meta": {"total": "9"}}, date)
    assert [r["id"] for r in page.records] == ["1", "2", "3"] and not walker.done
    page = walker.take({"campaigns": [campaign(n, n * 10, now) for n in (4, 5, 6)], "meta": {"total": "9"}}, date)
    assert [r["id"] for r in page.records] == [] and walker.done, "40 minutes ago is before the window"
    assert walker.requests == 2 and walker.cursor.since == now


def test_an_offset_walk_gives_up_when_the_set_never_settles() -> None:
    walker = ChangeWalk("tags", page_size=1)
    walker.take({"tags": [{"id": "1"}], "meta": {"total": "5"}})
    with pytest.raises(UnstableCollectionError):
        for total in range(6, 20):
            walker.take({"tags": [{"id": "1"}], "meta": {"total": str(total)}})


# Keyset paging in paginate, and memory


def test_paginate_walks_contacts_by_id(api: LocalActiveCampaign) -> None:
    seed_contacts(api, 250)
    for flavour in ("sync", "async"):
        connector = Connector(flavour)
        try:
            ac = connector(None, api.base_url, api.config.token, limiter=NoRateLimit())
            ids = [contact.id for contact in ac.paginate(ac.contacts.list_contacts)]
            assert ids == [str(n) for n in range(1, 251)]
            by_offset = [contact.id for contact in ac.paginate(ac.contacts.list_contacts, offset=240)]
            assert by_offset == [str(n) for n in range(241, 251)]
            after = [contact.id for contact in ac.paginate(ac.contacts.list_contacts, id_greater="245")]
            assert after == [str(n) for n in range(246, 251)]
        finally:
            connector.close()
    sent = queries(api, "/contacts")
    assert [q.get("id_greater") for q in sent[:3]] == [None, "100", "200"]
    assert sent[3].get("offset") == "240" and "id_greater" not in sent[3]
    assert len(sent) == 2 * 5


def peak_of_walk(api: LocalActiveCampaign) -> int:
    with ActiveCampaign(api.base_url, api.config.token, limiter=NoRateLimit()) as ac:
        next(iter(ac.updated_since("tags")), None)  # imports and connections are no part of the walk
        tracemalloc.start()
        try:
            count = sum(1 for _ in ac.updated_since("contacts"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == len(api.account.contacts)
    return peak


def test_a_walk_holds_one_page_whatever_the_size(api: LocalActiveCampaign) -> None:
    seed_contacts(api, 1_000)
    small = peak_of_walk(api)
    seed_contacts(api, 7_000, domain="more.example.com")
    large = peak_of_walk(api)
    assert large < 1.5 * small, (small, large)
