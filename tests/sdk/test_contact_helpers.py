"""The helpers against a small stateful stand-in for the contacts, tags, contact tags and lists endpoints."""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, NoRateLimit
from activecampaign_sdk.contact_requests import ContactRow
from activecampaign_sdk.errors import InvalidInputError

from ..parity import Connector
from .conftest import BASE_URL, FAST, TOKEN, FakeApi, reply


class Account:
    """Just enough of an account: contacts keyed by e-mail, tags, contact tags, lists, list statuses."""

    def __init__(self) -> None:
        self.contacts: dict[str, dict[str, Any]] = {}
        self.tags: dict[str, dict[str, Any]] = {"1": {"id": "1", "tag": "VIP", "tagType": "contact"}}
        self.contact_tags: dict[str, dict[str, Any]] = {}
        self.lists: dict[str, dict[str, Any]] = {
            "3": {"id": "3", "name": "Newsletter", "stringid": "newsletter"},
            "4": {"id": "4", "name": "Offers", "stringid": "offers"},
        }
        self.fields = [
            {"id": "1", "title": "Size", "perstag": "SIZE"},
            {"id": "2", "title": "Colour", "perstag": "COLOUR"},
        ]
        self.sent_field_values: list[Any] = []
        self.statuses: dict[tuple[str, str], str] = {}
        self.log: list[str] = []
        self._lock = threading.Lock()
        self._ids = 100

    def _next(self) -> str:
        self._ids += 1
        return str(self._ids)

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            return self._route(request)

    def _route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/3")
        self.log.append(f"{request.method} {path}")
        body = json.loads(request.content) if request.content else {}
        match request.method, path.split("/")[1:]:
            case "POST", ["contact", "sync"]:
                fields = body["contact"]
                if fields["email"].startswith("blocked"):
                    return reply(422, {"errors": [{"title": "Contact Email is not valid", "code": "invalid"}]})
                contact = self.contacts.setdefault(fields["email"], {"id": self._next()})
                contact.update({k: v for k, v in fields.items() if k != "fieldValues"})
                self.sent_field_values.append(fields.get("fieldValues"))
                return reply(201, {"contact": contact})
            case "GET", ["tags"]:
                name = request.url.params.get("filters[search][eq]", "")
                found = [t for t in self.tags.values() if t["tag"].lower() == name.lower()]
                return reply(200, {"tags": found, "meta": {"total": str(len(found))}})
            case "POST", ["tags"]:
                tag = {"id": self._next(), **body["tag"]}
                self.tags[tag["id"]] = tag
                return reply(201, {"tag": tag})
            case "POST", ["contactTags"]:
                link = {
                    "id": self._next(),
                    "contact": str(body["contactTag"]["contact"]),
                    "tag": body["contactTag"]["tag"],
                }
                self.contact_tags[link["id"]] = link
                return reply(201, {"contactTag": link})
            case "GET", ["contacts", contact_id, "contactTags"]:
                links = [c for c in self.contact_tags.values() if c["contact"] == contact_id]
                return reply(200, {"contactTags": links})
            case "DELETE", ["contactTags", link_id]:
                del self.contact_tags[link_id]
                return reply(200, {})
            case "GET", ["fields"]:
                perstag = request.url.params.get("filters[perstag]")
                found = [f for f in self.fields if perstag is None or f["perstag"] == perstag]
                return reply(200, {"fields": found, "meta": {"total": str(len(found))}})
            case "GET", ["lists"]:
                name = request.url.params.get("filters[name][eq]")
                found = [item for item in self.lists.values() if name is None or item["name"] == name]
                return reply(200, {"lists": found, "meta": {"total": str(len(found))}})
            case "POST", ["lists"]:
                created = {"id": self._next(), **body["list"]}
                self.lists[created["id"]] = created
                return reply(201, {"list": created})
            case "POST", ["contactLists"]:
                change = body["contactList"]
                self.statuses[(str(change["contact"]), str(change["list"]))] = str(change["status"])
                membership = {"id": self._next(), "contact": str(change["contact"]), "list": str(change["list"])}
                return reply(200, {"contactList": {**membership, "status": str(change["status"])}})
        return reply(404, {"message": f"no route {request.method} {path}"})


@pytest.fixture
def account() -> Account:
    return Account()


@pytest.fixture
def client(account: Account, connect: Connector) -> ActiveCampaign:
    return connect(account.handle, BASE_URL, TOKEN, limiter=NoRateLimit(), backoff=FAST)


def tag_names(account: Account, contact_id: str) -> set[str]:
    return {account.tags[link["tag"]]["tag"] for link in account.contact_tags.values() if link["contact"] == contact_id}


def test_sync_contact_upserts_tags_and_subscribes(client: ActiveCampaign, account: Account) -> None:
    contact = client.upsert_contact(
        "ada@example.com",
        first_name="Ada",
        fields={1: "x", "%COLOUR%": "Blue"},
        tags=["vip", "Founders"],
        lists={"3": "subscribed", "offers": "unsubscribed"},
    )
    assert contact.email == "ada@example.com" and contact.first_name == "Ada"
    assert account.sent_field_values[-1] == [{"field": "1", "value": "x"}, {"field": "2", "value": "Blue"}]
    assert tag_names(account, contact.id) == {"VIP", "Founders"}, "existing tag reused, missing one created"
    assert account.statuses == {(contact.id, "3"): "1", (contact.id, "4"): "2"}, "a list by stringid, by id"
    again = client.upsert_contact("ada@example.com", last_name="Lovelace")
    assert again.id == contact.id and len(account.contacts) == 1


@pytest.mark.parametrize(
    ("email", "options", "message"),
    [
        ("", {}, "missing email"),
        ("ada@@example.com", {}, "invalid email"),
        ("ada@example.com", {"lists": {"3": "active"}}, "unknown status 'active'"),
        ("ada@example.com", {"lists": ["3"]}, "lists maps each list"),
    ],
)
def test_sync_contact_refuses_bad_input_before_any_request(
    client: ActiveCampaign, account: Account, email: str, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        client.upsert_contact(email, **options)
    assert account.log == []


def test_sync_contact_names_an_unknown_list_or_field(client: ActiveCampaign, account: Account) -> None:
    with pytest.raises(ValueError, match="no list with the name or stringid 'Nope'"):
        client.upsert_contact("ada@example.com", lists={"Nope": "subscribed"})
    with pytest.raises(ValueError, match="no custom field with the perstag 'SHOE'"):
        client.upsert_contact("ada@example.com", fields={"SHOE": "42"})
    assert "POST /contact/sync" not in account.log


def test_find_or_create_tag_finds_then_creates_once(client: ActiveCampaign, account: Account) -> None:
    assert client.find_or_create_tag("vip").id == "1"
    created = client.find_or_create_tag("New")
    assert client.find_or_create_tag("new").id == created.id
    assert account.log.count("POST /tags") == 1


def test_find_or_create_list(client: ActiveCampaign, account: Account) -> None:
    assert client.find_or_create_list("Newsletter").id == "3"
    made = client.find_or_create_list("Product News", sender_url="https://example.com", sender_reminder="You signed up")
    assert account.lists[made.id]["stringid"] == "product-news"
    with pytest.raises(ValueError, match="sender_url"):
        client.find_or_create_list("Another")


def test_untag_removes_only_the_named_tags(client: ActiveCampaign, account: Account) -> None:
    contact = client.upsert_contact("bo@example.com", tags=["VIP", "Keep"])
    assert client.untag_contact(contact, ["vip", "never-existed"]) == 1
    assert tag_names(account, contact.id) == {"Keep"}
    assert "POST /tags" not in account.log[-3:], "untagging never creates tags"


def test_subscribe_and_unsubscribe(client: ActiveCampaign, account: Account) -> None:
    membership = client.subscribe(7, 3, resubscribe=True)
    assert membership.status == 1
    client.unsubscribe("7", "3")
    assert account.statuses[("7", "3")] == "2"


def test_sync_contacts_collects_failures_and_keeps_row_order(client: ActiveCampaign, account: Account) -> None:
    rows: list[ContactRow] = [{"email": f"user{i}@example.com", "tags": ["VIP"]} for i in range(12)]
    rows.insert(5, {"email": "not-an-email"})
    rows.insert(9, {"email": "blocked@example.com"})
    result = client.upsert_contacts(iter(rows), concurrency=3)
    assert not result.ok
    assert [f.index for f in result.failed] == [5, 9]
    assert isinstance(result.failed[0].error, ValueError), "checked locally, never sent"
    assert getattr(result.failed[1].error, "status", None) == 422
    assert sorted([*result.succeeded, *(f.index for f in result.failed)]) == list(range(14)), "one outcome per row"
    assert [c.email for c in result.contacts()] == [r["email"] for i, r in enumerate(rows) if i not in (5, 9)]
    assert len(account.contact_tags) == 12
    assert account.log.count("POST /contact/sync") == 13


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_blank_names_are_refused_before_any_request(client: ActiveCampaign, account: Account, name: str) -> None:
    for call in (
        lambda: client.find_or_create_tag(name),
        lambda: client.find_or_create_list(name, sender_url="https://e.com", sender_reminder="r"),
        lambda: client.tag_contact(7, [name]),
        lambda: client.untag_contact(7, ["VIP", name]),
    ):
        with pytest.raises(InvalidInputError):
            call()
    assert account.log == []


def test_tag_contact_checks_the_contact_before_creating_tags(client: ActiveCampaign, account: Account) -> None:
    with pytest.raises(InvalidInputError, match="contact"):
        client.tag_contact("ada@example.com", ["New tag"])
    assert account.log == [], "no tag created for a contact that is no id"


def test_a_malformed_reply_fails_its_own_row_only(ac: ActiveCampaign, fake: FakeApi) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        email = json.loads(request.content)["contact"]["email"]
        if email == "broken@example.com":
            return reply(201, "<html>not json</html>")
        if email == "odd@example.com":
            return reply(201, {"contact": {"email": email}})  # no id: does not fit the model
        return reply(201, {"contact": {"id": "9", "email": email}})

    fake.on("POST /contact/sync", answer)
    rows: list[ContactRow] = [
        {"email": e} for e in ("a@example.com", "broken@example.com", "odd@example.com", "b@example.com")
    ]
    result = ac.upsert_contacts(rows, concurrency=2)
    assert sorted(result.succeeded) == [0, 3]
    assert [failure.index for failure in result.failed] == [1, 2]
