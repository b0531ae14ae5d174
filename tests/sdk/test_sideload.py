"""`include=` is typed and sent as one comma-separated value; `related` reaches sideloaded records from an item."""

from __future__ import annotations

from activecampaign_sdk import ActiveCampaign, related

from .conftest import FakeApi, reply

PAGE = {
    "contacts": [
        {"id": "1", "email": "ada@example.com", "contactTags": ["12", "13"], "contactLists": ["20"]},
        {"id": "2", "email": "bo@example.com", "contactTags": [], "contactLists": None},
    ],
    "contactTags": [
        {"id": "12", "contact": "1", "tag": "5"},
        {"id": "13", "contact": "1", "tag": "6"},
    ],
    "tags": [{"id": "5", "tag": "VIP", "tagType": "contact"}, {"id": "6", "tag": "Beta", "tagType": "contact"}],
    "meta": {"total": "2"},
}


def test_include_is_sent_comma_separated_and_sideloads_reach_each_item(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /contacts", reply(200, PAGE))
    page = ac.contacts.list_contacts(include=["contactTags", "contactTags.tag"])
    assert fake.requests[0].url.params["include"] == "contactTags,contactTags.tag"
    ada, bo = page.contacts
    links = related(page.contact_tags, ada.contact_tags)
    assert [link.id for link in links] == ["12", "13"]
    assert [tag.tag for tag in related(page.tags, [link.tag for link in links])] == ["VIP", "Beta"]
    assert related(page.contact_tags, bo.contact_tags) == []
    assert related(page.contact_lists, ada.contact_lists) == [], "nothing sideloaded: no records, no error"


def test_include_through_paginate(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /contacts", reply(200, PAGE))
    pages = list(ac.paginate(ac.contacts.list_contacts, include=["contactTags"]).pages())
    assert fake.requests[0].url.params["include"] == "contactTags"
    assert len(pages) == 1 and [c.id for c in pages[0].items] == ["1", "2"]


def test_other_list_parameters_are_not_joined(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /contacts", reply(200, PAGE))
    ac.request("GET", "/contacts", params={"ids": ["1", "2"]})
    assert fake.requests[0].url.params.get_list("ids") == ["1", "2"]
