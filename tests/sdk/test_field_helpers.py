"""link_field_to_list and set_field_value against a small stateful stand-in for fields, relations and values."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, NoRateLimit
from activecampaign_sdk.crm_requests import ALL_LISTS

from ..parity import Connector
from .conftest import BASE_URL, FAST, TOKEN, reply


class Fields:
    """Custom fields with their list relations, lists, and the values contacts hold."""

    def __init__(self) -> None:
        self.fields = {
            "3": {"id": "3", "title": "Favourite colour", "perstag": "FAVOURITE_COLOUR"},
            "4": {"id": "4", "title": "Shoe size", "perstag": "SHOE_SIZE"},
        }
        self.rels: dict[str, dict[str, Any]] = {"70": {"id": "70", "field": "3", "relid": "1"}}
        self.lists = [
            {"id": "1", "name": "Newsletter", "stringid": "newsletter"},
            {"id": "2", "name": "Product news", "stringid": "product-news"},
        ]
        self.values: dict[str, dict[str, Any]] = {"40": {"id": "40", "contact": "8", "field": "4", "value": "41"}}
        self.log: list[str] = []
        self._ids = 100

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/3")
        self.log.append(f"{request.method} {path}")
        body = json.loads(request.content) if request.content else {}
        match request.method, path.split("/")[1:]:
            case "GET", ["fields"]:
                perstag = request.url.params.get("filters[perstag]")
                found = [f for f in self.fields.values() if perstag is None or f["perstag"] == perstag.upper()]
                return reply(200, {"fields": found, "meta": {"total": str(len(found))}})
            case "GET", ["fields", field_id]:
                rels = [r for r in self.rels.values() if r["field"] == field_id]
                return reply(200, {"field": self.fields[field_id], "fieldRels": rels})
            case "POST", ["fieldRels"]:
                self._ids += 1
                rel = {"id": str(self._ids), "field": body["fieldRel"]["field"], "relid": body["fieldRel"]["relid"]}
                self.rels[rel["id"]] = rel
                return reply(201, {"fieldRel": rel})
            case "GET", ["lists"]:
                return reply(200, {"lists": self.lists, "meta": {"total": str(len(self.lists))}})
            case "GET", ["contacts", contact_id, "fieldValues"]:
                held = [v for v in self.values.values() if v["contact"] == contact_id]
                return reply(200, {"fieldValues": held})
            case "POST", ["fieldValues"]:
                self._ids += 1
                value = {"id": str(self._ids), **body["fieldValue"]}
                self.values[value["id"]] = value
                return reply(201, {"fieldValue": value})
            case "PUT", ["fieldValues", value_id]:
                self.values[value_id].update(body["fieldValue"])
                return reply(200, {"fieldValue": self.values[value_id]})
        return reply(404, {"message": f"no route {request.method} {path}"})

    def writes(self) -> list[str]:
        return [entry for entry in self.log if not entry.startswith("GET")]


@pytest.fixture
def account() -> Fields:
    return Fields()


@pytest.fixture
def client(account: Fields, connect: Connector) -> ActiveCampaign:
    return connect(account.handle, BASE_URL, TOKEN, limiter=NoRateLimit(), backoff=FAST)


def test_link_field_to_list_creates_only_missing_relations(client: ActiveCampaign, account: Fields) -> None:
    rels = client.link_field_to_list("Favourite colour", ["newsletter", "Product news", 2])
    assert [(r.relid, r.id) for r in rels] == [("1", "70"), ("2", "101")], "list 2 named twice: one relation"
    assert account.writes() == ["POST /fieldRels"]
    again = client.link_field_to_list("%FAVOURITE_COLOUR%", "2")
    assert [r.id for r in again] == ["101"]
    assert account.writes() == ["POST /fieldRels"], "running it again creates nothing"
    assert len(account.rels) == 2


def test_link_field_to_list_takes_ids_and_all_lists(client: ActiveCampaign, account: Fields) -> None:
    (rel,) = client.link_field_to_list(4, ALL_LISTS)
    assert (rel.field, rel.relid) == ("4", "0")
    assert "GET /fields" not in account.log and "GET /lists" not in account.log, "ids need no look-up"


def test_link_field_to_list_names_what_it_cannot_find(client: ActiveCampaign, account: Fields) -> None:
    with pytest.raises(ValueError, match="no custom field with the perstag or title 'Hat'"):
        client.link_field_to_list("Hat", 1)
    with pytest.raises(ValueError, match="'Weekly'"):
        client.link_field_to_list(3, ["Weekly", 1])
    assert account.writes() == []


def test_set_field_value_updates_the_value_the_contact_holds(client: ActiveCampaign, account: Fields) -> None:
    saved = client.set_field_value("8", "SHOE_SIZE", "42")
    assert saved.id == "40" and saved.value == "42"
    assert account.writes() == ["PUT /fieldValues/40"]
    assert len(account.values) == 1


def test_set_field_value_creates_a_value_the_contact_lacks(client: ActiveCampaign, account: Fields) -> None:
    saved = client.set_field_value(8, 3, "Blue")
    assert saved.value == "Blue"
    assert account.writes() == ["POST /fieldValues"]
    assert account.values[saved.id] == {"id": saved.id, "contact": "8", "field": "3", "value": "Blue"}
    client.set_field_value(8, 3, "Green")
    assert account.writes() == ["POST /fieldValues", f"PUT /fieldValues/{saved.id}"]


def test_set_field_value_takes_no_titles(client: ActiveCampaign) -> None:
    with pytest.raises(ValueError, match="no custom field with the perstag 'Shoe size'"):
        client.set_field_value(8, "Shoe size", "42")
