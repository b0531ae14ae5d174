"""The stand-in's list filters, sorts and sideloads behave as the API documents them, through both SDK clients;
what it does not implement is a 400 naming the parameter."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk.errors import BadRequestError
from activecampaign_sdk.testing import LocalActiveCampaign
from activecampaign_sdk.testing.records import central, wall_clock
from activecampaign_sdk.testing.store import Request

SENDER = {"sender_url": "https://example.com", "sender_reminder": "You signed up"}


def ids(answer: Any, key: str = "contacts") -> list[str]:
    return [record["id"] for record in answer[key]]


def contacts(ac: ActiveCampaign, **params: Any) -> Any:
    return ac.request("GET", "/contacts", params=params)


def make_list(ac: ActiveCampaign, name: str) -> str:
    return str(ac.request("POST", "/lists", json={"list": {"name": name, **SENDER}})["list"]["id"])


def subscribe(ac: ActiveCampaign, contact: str, list_id: str, status: int) -> None:
    ac.request("POST", "/contactLists", json={"contactList": {"contact": contact, "list": list_id, "status": status}})


def set_times(server: LocalActiveCampaign, contact: str, *, cdate: str | None = None, udate: str | None = None) -> None:
    """Moves a contact's stored times (the clock cannot be waited for in a test)."""
    with server.account.lock:
        record = server.account.contacts[contact]
        if cdate is not None:
            record["cdate"], record["created_utc_timestamp"] = cdate, wall_clock(cdate)
        if udate is not None:
            record["udate"], record["updated_utc_timestamp"] = udate, wall_clock(udate)


def test_status_and_listid_filter_by_list_status(server: LocalActiveCampaign, client: ActiveCampaign) -> None:
    server.seed_contacts(6)
    news, offers = make_list(client, "News"), make_list(client, "Offers")
    subscribe(client, "1", news, 1)
    subscribe(client, "2", news, 2)
    subscribe(client, "3", offers, 1)
    assert ids(contacts(client, status=1)) == ["1", "3"]
    assert ids(contacts(client, status=2)) == ["2"]
    assert ids(contacts(client, status=0)) == []
    assert ids(contacts(client, status=-1)) == [str(n) for n in range(1, 7)]
    assert ids(contacts(client, listid=news)) == ["1", "2"]
    assert ids(contacts(client, listid=news, status=1)) == ["1"]
    assert ids(contacts(client, listid=offers, status=2)) == []
    # The case from the issue: paginate with status=1 walks only the subscribed contacts.
    walked = list(client.paginate(client.contacts.list_contacts, status=1))
    assert [c.id for c in walked] == ["1", "3"]
    with pytest.raises(BadRequestError, match="'status'"):
        contacts(client, status=7)


def test_text_and_id_filters(server: LocalActiveCampaign, client: ActiveCampaign) -> None:
    for email, first, phone in [
        ("ada@example.com", "Ada", "+1 555 0100"),
        ("bob@example.org", "Bob", "+44 20 7946"),
        ("carla@example.com", "Carla", ""),
        ("ADA.second@example.net", "Adaline", ""),
    ]:
        client.request("POST", "/contacts", json={"contact": {"email": email, "firstName": first, "phone": phone}})
    assert ids(contacts(client, email="Ada@Example.com")) == ["1"]
    assert ids(contacts(client, email_like="ada")) == ["1", "4"]
    assert ids(contacts(client, email_like="example.com")) == ["1", "3"]
    assert ids(contacts(client, search="carla")) == ["3"]
    assert ids(contacts(client, search="+44")) == ["2"]
    assert ids(contacts(client, phone="+1")) == ["1"]
    assert ids(contacts(client, ids="4,2,99")) == ["2", "4"]
    assert ids(contacts(client, exclude=1, email_like="ada")) == ["4"]
    assert ids(contacts(client, id_greater=1, id_less=4)) == ["2", "3"]
    page = contacts(client, email="nobody@example.com")
    assert page["contacts"] == [] and page["meta"]["total"] == "0"
    typed = client.contacts.list_contacts(email="bob@example.org")
    assert [c.email for c in typed.contacts] == ["bob@example.org"]


def test_tagid_and_include_sideloads(server: LocalActiveCampaign, client: ActiveCampaign) -> None:
    server.seed_contacts(3)
    news = make_list(client, "News")
    vip = client.request("POST", "/tags", json={"tag": {"tag": "vip"}})["tag"]["id"]
    other = client.request("POST", "/tags", json={"tag": {"tag": "other"}})["tag"]["id"]
    for contact, tag in [("1", vip), ("2", vip), ("2", other)]:
        client.request("POST", "/contactTags", json={"contactTag": {"contact": contact, "tag": tag}})
    subscribe(client, "2", news, 1)
    client.request(
        "POST", "/deals", json={"deal": {"title": "D", "value": 100, "currency": "usd", "contact": "2", "group": "1"}}
    )
    assert ids(contacts(client, tagid=vip)) == ["1", "2"]
    assert ids(contacts(client, tagid=other)) == ["2"]

    page = contacts(client, include="contactTags,contactTags.tag,contactLists.list,fieldValues,deals", ids="2,3")
    two, three = page["contacts"]
    assert (
        sorted(two["contactTags"]) == sorted(link["id"] for link in page["contactTags"]) and three["contactTags"] == []
    )
    assert {link["tag"] for link in page["contactTags"]} == {vip, other}
    assert sorted(tag["tag"] for tag in page["tags"]) == ["other", "vip"]
    assert [m["list"] for m in page["contactLists"]] == [news] and two["contactLists"] == [
        page["contactLists"][0]["id"]
    ]
    assert [m["id"] for m in page["lists"]] == [news]
    assert page["fieldValues"] == [] and two["fieldValues"] == []
    assert [d["contact"] for d in page["deals"]] == ["2"] and two["deals"] == [page["deals"][0]["id"]]
    plain = contacts(client, ids="2")
    assert "contactTags" not in plain and "contactTags" not in plain["contacts"][0]
    # The case from the issue, through the typed operation: the tags come back.
    typed = client.contacts.list_contacts(include=["contactTags", "contactTags.tag"], ids="2")
    assert len(typed.contact_tags or []) == 2 and len(typed.tags or []) == 2
    with pytest.raises(BadRequestError, match=r"'include'.*automations"):
        contacts(client, include="automations")


def test_time_filters_and_orders(server: LocalActiveCampaign, client: ActiveCampaign) -> None:
    server.seed_contacts(4)
    # Summer and winter stamps (US Central offsets -05:00 and -06:00) compare as instants.
    set_times(server, "1", cdate="2024-01-10T09:00:00-06:00", udate="2024-07-01T10:00:00-05:00")
    set_times(server, "2", cdate="2024-03-01T09:00:00-06:00", udate="2024-07-01T10:00:01-05:00")
    set_times(server, "3", cdate="2024-06-01T23:30:00-05:00", udate="2024-06-02T00:00:00-05:00")
    set_times(server, "4", cdate="2024-06-02T00:00:00-05:00", udate="2024-06-02T08:00:00-05:00")
    assert ids(contacts(client, **{"filters[created_after]": "2024-02-01"})) == ["2", "3", "4"]
    assert ids(contacts(client, **{"filters[created_before]": "2024-06-02"})) == ["1", "2", "3"]
    # A date is midnight of that day in the account's time; "after" is strict, as on the API.
    assert ids(contacts(client, **{"filters[created_after]": "2024-06-02"})) == []
    assert ids(contacts(client, **{"filters[updated_after]": "2024-06-02"})) == ["1", "2", "4"]
    assert ids(contacts(client, **{"filters[updated_after]": "2024-07-01T10:00:00-05:00"})) == ["2"]
    assert ids(contacts(client, **{"filters[updated_after]": "2024-07-01 15:00:00+00:00"})) == ["2"]
    assert ids(contacts(client, **{"filters[updated_before]": "2024-07-01T10:00:00"})) == ["3", "4"]
    # The typed operation sends a date.
    typed = client.contacts.list_contacts(filters_updated_after=datetime(2024, 6, 30).date())
    assert [c.id for c in typed.contacts] == ["1", "2"]

    assert ids(contacts(client, **{"orders[cdate]": "ASC"})) == ["1", "2", "3", "4"]
    assert ids(contacts(client, **{"orders[id]": "DESC", "limit": 2, "offset": 1})) == ["3", "2"]
    assert ids(contacts(client, **{"orders[email]": "desc", "limit": 2})) == ["4", "3"]
    with pytest.raises(BadRequestError, match=r"'orders\[id\]'"):
        contacts(client, **{"orders[id]": "UP"})
    with pytest.raises(BadRequestError, match=r"'filters\[updated_after\]'"):
        contacts(client, **{"filters[updated_after]": "yesterday"})


def test_updates_change_udate_and_utc_timestamps_show_the_wall_clock(
    server: LocalActiveCampaign, client: ActiveCampaign
) -> None:
    made = client.request("POST", "/contacts", json={"contact": {"email": "ada@example.com"}})["contact"]
    assert made["cdate"] == made["udate"] and made["cdate"][-6:] in ("-05:00", "-06:00")
    assert made["created_utc_timestamp"] == made["cdate"][:19].replace("T", " ") == made["updated_utc_timestamp"]
    set_times(server, made["id"], udate="2024-01-01T00:00:00-06:00")
    changed = client.request("PUT", f"/contacts/{made['id']}", json={"contact": {"firstName": "Ada"}})["contact"]
    assert datetime.fromisoformat(changed["udate"]) > datetime(2024, 1, 1, tzinfo=UTC)
    assert changed["updated_utc_timestamp"] == changed["udate"][:19].replace("T", " ")
    assert ids(contacts(client, **{"filters[updated_after]": "2024-06-01"})) == [made["id"]]


def test_central_time_follows_daylight_saving() -> None:
    chicago = ZoneInfo("America/Chicago")
    for stamp in ["2024-03-10T07:59:59", "2024-03-10T08:00:00", "2024-11-03T06:59:59", "2024-11-03T07:00:00",
                  "2025-01-15T12:00:00", "2025-07-04T12:00:00"]:  # fmt: skip
        moment = datetime.fromisoformat(stamp).replace(tzinfo=UTC)
        assert central(moment).utcoffset() == moment.astimezone(chicago).utcoffset(), stamp
        assert central(moment) == moment


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"bogus": "1"}, "bogus"),
        ({"formid": "3"}, "formid"),
        ({"orders[score]": "ASC"}, "orders[score]"),
        ({"segmentid": "5"}, "segmentid"),
        ({"filters[name]": "x"}, "filters[name]"),
        ({"orders[udate]": "ASC"}, "orders[udate]"),
    ],
)
def test_unimplemented_parameters_are_refused_by_name(
    client: ActiveCampaign, params: dict[str, str], named: str
) -> None:
    with pytest.raises(BadRequestError) as refused:
        contacts(client, **params)
    assert f"'{named}'" in str(refused.value.message)
    assert refused.value.body["errors"][0]["title"].startswith(f"Query parameter '{named}'")


def test_other_routes_refuse_unknown_parameters(client: ActiveCampaign) -> None:
    for path, name in [("/deals", "filters[nextdate_range]"), ("/tags", "filters[search]"), ("/contacts/1", "x"),
                       ("/webhook/events", "limit"), ("/lists", "filters[channel]")]:  # fmt: skip
        with pytest.raises(BadRequestError, match=f"'{name}'".replace("[", r"\[").replace("]", r"\]")):
            client.request("GET", path, params={name: "1"})
    with pytest.raises(BadRequestError, match="'reorder'"):
        client.request("POST", "/dealStages", params={"reorder": "1"}, json={"dealStage": {"title": "x", "group": 1}})


def test_deal_filters_orders_and_sideloads(server: LocalActiveCampaign, client: ActiveCampaign) -> None:
    server.seed_contacts(2)
    client.request("POST", "/tags", json={"tag": {"tag": "vip"}})
    client.request("POST", "/contactTags", json={"contactTag": {"contact": "2", "tag": "1"}})
    pipeline = client.request("POST", "/dealGroups", json={"dealGroup": {"title": "Sales", "currency": "usd"}})
    second_stage = pipeline["dealStages"][1]["id"]
    made = []
    for title, value, contact, extra in [
        ("Renewal", 50000, "1", {"group": "1"}),
        ("Upsell", 12000, "2", {"stage": second_stage}),
        ("Big renewal", 900000, "2", {"group": "1", "currency": "eur"}),
    ]:
        deal = {"title": title, "value": value, "currency": "usd", "contact": contact, **extra}
        made.append(client.request("POST", "/deals", json={"deal": deal})["deal"]["id"])
    client.request("PUT", f"/deals/{made[0]}", json={"deal": {"status": 1}})

    def deals(**params: Any) -> Any:
        return client.request("GET", "/deals", params=params)

    assert ids(deals(**{"filters[stage]": second_stage}), "deals") == [made[1]]
    assert ids(deals(**{"filters[group]": "1"}), "deals") == [made[0], made[2]]
    assert ids(deals(**{"filters[status]": 1}), "deals") == [made[0]]
    assert ids(deals(**{"filters[owner]": 1}), "deals") == made
    assert ids(deals(**{"filters[search]": "renewal"}), "deals") == [made[0], made[2]]
    assert ids(deals(**{"filters[search]": "first1", "filters[search_field]": "contact"}), "deals") == made[1:]
    assert ids(deals(**{"filters[tag]": "VIP"}), "deals") == made[1:]
    assert ids(deals(**{"filters[minimum_value]": 600, "filters[maximum_value]": 9000}), "deals") == [made[2]]
    assert ids(deals(**{"orders[value]": "DESC"}), "deals") == [made[2], made[0], made[1]]
    assert ids(deals(**{"orders[title]": "ASC"}), "deals") == [made[2], made[0], made[1]]
    with server.account.lock:
        server.account.deals[made[1]]["cdate"] = "2024-01-01T10:00:00-06:00"
        server.account.deals[made[1]]["mdate"] = "2024-01-02T10:00:00-06:00"
    assert ids(deals(**{"filters[created_before]": "2025-01-01"}), "deals") == [made[1]]
    assert ids(deals(**{"filters[updated_after]": "2025-01-01"}), "deals") == [made[0], made[2]]
    # "On or after" for deals, as the API documents it.
    assert ids(deals(**{"filters[updated_after]": "2024-01-02T10:00:00-06:00"}), "deals") == made
    page = deals(include="contact,stage,group,owner")
    assert sorted(c["id"] for c in page["contacts"]) == ["1", "2"]
    assert {s["id"] for s in page["dealStages"]} == {d["stage"] for d in page["deals"]}
    assert [p["id"] for p in page["dealGroups"]] == sorted({d["group"] for d in page["deals"]}, key=int)
    assert [u["id"] for u in page["users"]] == ["1"]
    assert page["meta"]["total"] == "3"
    assert page["meta"]["currencies"]["usd"] == {"currency": "usd", "total": "2", "value": "62000"}
    with pytest.raises(BadRequestError, match="'include'"):
        deals(include="notes")


def test_keyset_paging_walks_every_contact_once(server: LocalActiveCampaign, client: ActiveCampaign) -> None:
    server.seed_contacts(1050)
    with server.account.lock:
        for gone in ("5", "500", "1001"):
            server.account.drop_contact(gone)
    seen: list[str] = []
    last = "0"
    while True:
        page = contacts(client, id_greater=last, **{"orders[id]": "ASC"}, limit=100)
        if not page["contacts"]:
            break
        seen += ids(page)
        last = seen[-1]
    assert seen == [str(n) for n in range(1, 1051) if n not in (5, 500, 1001)]


def test_keyset_page_costs_the_same_at_any_depth() -> None:
    """The handler's cost of a 100-contact page by id_greater, at the start and at the end of 60,000 contacts."""
    with LocalActiveCampaign() as server:
        server.seed_contacts(60_000)
        account = server.account

        def cost(after: int) -> float:
            query = {"id_greater": str(after), "orders[id]": "ASC", "limit": "100"}
            times = []
            for _ in range(15):
                started = time.perf_counter()
                status, body = account.dispatch(Request("GET", "/contacts", query, None))
                times.append(time.perf_counter() - started)
                assert status == 200 and len(body["contacts"]) == 100
            return statistics.median(times)

        shallow, deep = cost(0), cost(59_800)
    assert deep < 3 * shallow + 0.001, (shallow, deep)


def test_a_set_clock_stamps_the_records(server: LocalActiveCampaign, client: ActiveCampaign) -> None:
    """With `clock` set, cdate/udate are exactly its time in US Central; several changes in one second share it."""
    moment = datetime(2024, 5, 1, 15, 11, 12, tzinfo=UTC)
    server.clock = lambda: moment
    made = client.request("POST", "/contacts", json={"contact": {"email": "ada@example.com"}})["contact"]
    assert (made["cdate"], made["udate"]) == ("2024-05-01T10:11:12-05:00", "2024-05-01T10:11:12-05:00")
    assert made["updated_utc_timestamp"] == "2024-05-01 10:11:12"  # the wall clock, not UTC, as the API sends it
    other = client.request("POST", "/contacts", json={"contact": {"email": "bob@example.com"}})["contact"]
    moment = datetime(2024, 12, 1, 18, 0, 0, tzinfo=UTC)
    changed = client.request("PUT", f"/contacts/{made['id']}", json={"contact": {"lastName": "L"}})["contact"]
    assert (changed["cdate"], changed["udate"]) == ("2024-05-01T10:11:12-05:00", "2024-12-01T12:00:00-06:00")
    assert ids(contacts(client, **{"filters[updated_after]": "2024-05-01T10:11:12-05:00"})) == [made["id"]]
    assert ids(contacts(client, **{"filters[updated_before]": "2024-05-01T10:11:13-05:00"})) == [other["id"]]
    deal = {"title": "D", "value": 1, "currency": "usd", "contact": made["id"], "group": "1"}
    assert client.request("POST", "/deals", json={"deal": deal})["deal"]["mdate"] == "2024-12-01T12:00:00-06:00"
    server.clock = None
    later = client.request("PUT", f"/contacts/{made['id']}", json={"contact": {"lastName": "M"}})["contact"]
    assert datetime.fromisoformat(later["udate"]) > datetime(2025, 1, 1, tzinfo=UTC)
