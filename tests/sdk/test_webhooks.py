"""Reading ActiveCampaign's webhook posts into typed events, and creating webhooks."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk import webhook_events as webhooks
from activecampaign_sdk.webhook_events import CampaignEvent, ContactEvent, DealEvent, GenericEvent

from .conftest import FakeApi, reply

FORM = "application/x-www-form-urlencoded"

SUBSCRIBE = urlencode(
    [
        ("url", "https://hooks.example.com/ac"),
        ("type", "subscribe"),
        ("date_time", "2026-11-23T10:15:02-06:00"),
        ("initiated_by", "admin"),
        ("initiated_from", "admin"),
        ("list", "1"),
        ("form[id]", "3"),
        ("contact[id]", "42"),
        ("contact[email]", "ada@example.com"),
        ("contact[first_name]", "Ada"),
        ("contact[last_name]", "Lovelace"),
        ("contact[phone]", ""),
        ("contact[tags]", "VIP, founders"),
        ("contact[ip]", "127.0.0.1"),
        ("contact[fields][1]", "Blue"),
        ("contact[fields][company_size]", "11-50"),
        ("orgname", ""),
    ]
)

DEAL_UPDATE = urlencode(
    [
        ("type", "deal_update"),
        ("date_time", "2026-11-23T10:20:00-06:00"),
        ("initiated_by", "api"),
        ("initiated_from", "api"),
        ("deal[id]", "7"),
        ("deal[title]", "Renewal"),
        ("deal[value]", "1,000.00"),
        ("deal[currency]", "usd"),
        ("deal[stageid]", "2"),
        ("deal[stage_title]", "Qualified"),
        ("deal[pipelineid]", "1"),
        ("deal[owner]", "1"),
        ("deal[status]", "0"),
        ("deal[contactid]", "42"),
        ("contact[id]", "42"),
        ("contact[email]", "ada@example.com"),
        ("updated_fields[0]", "title"),
        ("updated_fields[1]", "value"),
    ]
)


def test_a_subscribe_post_becomes_a_contact_event() -> None:
    event = webhooks.parse(SUBSCRIBE.encode(), FORM + "; charset=utf-8")
    assert isinstance(event, ContactEvent)
    assert (event.type, event.date_time, event.initiated_by, event.list_id) == (
        "subscribe",
        "2026-11-23T10:15:02-06:00",
        "admin",
        "1",
    )
    assert event.contact.id == "42" and event.contact.email == "ada@example.com"
    assert event.contact.first_name == "Ada" and event.contact.phone == ""
    assert event.contact.tags == ["VIP", "founders"]
    assert event.contact.fields == {"1": "Blue", "company_size": "11-50"}
    assert event.data["form"] == {"id": "3"} and event.data["contact"]["ip"] == "127.0.0.1", "nothing is dropped"


def test_unsubscribe_and_tag_events() -> None:
    body = (
        "type=unsubscribe&list=2&contact%5Bid%5D=42&contact%5Bemail%5D=ada%40example.com"
        "&unsubscribe%5Breason%5D=Too+many"
    )
    event = webhooks.parse(body, FORM)
    assert isinstance(event, ContactEvent) and event.type == "unsubscribe" and event.list_id == "2"
    assert event.data["unsubscribe"] == {"reason": "Too many"}
    tagged = webhooks.parse("type=contact_tag_added&tag=VIP&contact[id]=42&contact[email]=a%40b.co", FORM)
    assert isinstance(tagged, ContactEvent) and tagged.tag == "VIP" and tagged.contact.tags == []


def test_a_deal_update_becomes_a_deal_event() -> None:
    event = webhooks.parse(DEAL_UPDATE, FORM)
    assert isinstance(event, DealEvent)
    assert event.deal.id == "7" and event.deal.title == "Renewal" and event.deal.value == "1,000.00"
    assert (event.deal.stage_id, event.deal.pipeline_id, event.deal.owner_id, event.deal.status) == ("2", "1", "1", "0")
    assert event.contact is not None and event.contact.id == "42"
    assert event.updated_fields == ["title", "value"]
    assert event.data["deal"]["stage_title"] == "Qualified"


def test_campaign_events_and_the_generic_fallback() -> None:
    click = webhooks.parse(
        "type=click&campaign[id]=12&link[url]=https%3A%2F%2Fexample.com%2Fa&contact[id]=42&contact[email]=a%40b.co",
        FORM,
    )
    assert isinstance(click, CampaignEvent) and click.campaign_id == "12" and click.link == "https://example.com/a"
    other = webhooks.parse("type=sms_reply&sms[from]=%2B15551234&sms[text]=STOP&extra=1", FORM)
    assert isinstance(other, GenericEvent) and other.type == "sms_reply"
    assert other.data == {"type": "sms_reply", "sms": {"from": "+15551234", "text": "STOP"}, "extra": "1"}


def test_json_bodies_are_accepted_too() -> None:
    body = json.dumps({"type": "update", "contact": {"id": 42, "email": "ada@example.com"}, "list": "0"})
    event = webhooks.parse(body, "application/json")
    assert isinstance(event, ContactEvent) and event.contact.id == "42"


def test_nesting_rules() -> None:
    assert webhooks.nest([("a[]", "1"), ("a[]", "2"), ("b[c][d]", "x")]) == {"a": ["1", "2"], "b": {"c": {"d": "x"}}}
    assert webhooks.nest([("k", "flat"), ("k[x]", "nested")]) == {"k": "flat", "k[x]": "nested"}, "clashes kept as sent"


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        ("contact[id]=1", FORM, "has a 'type'"),
        ("[1]", "application/json", "is an object"),
        ("type=update", "text/plain", "form-encoded or JSON"),
    ],
)
def test_what_is_no_webhook_payload(body: str, content_type: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        webhooks.parse(body, content_type)


def test_register_webhook(ac: ActiveCampaign, fake: FakeApi) -> None:
    stored = {
        "id": "5",
        "name": "CRM",
        "url": "https://hooks.example.com/ac",
        "events": ["subscribe"],
        "sources": ["api"],
    }
    fake.on("POST /webhooks", reply(201, {"webhook": stored}))
    hook = ac.register_webhook(
        "CRM", "https://hooks.example.com/ac", ["subscribe", "deal_update"], ["api", "admin"], list_id=1
    )
    assert hook.id == "5"
    assert fake.body() == {
        "webhook": {
            "name": "CRM",
            "url": "https://hooks.example.com/ac",
            "events": ["subscribe", "deal_update"],
            "sources": ["api", "admin"],
            "listid": "1",
        }
    }
    with pytest.raises(ValueError, match="sources are some of"):
        ac.register_webhook("CRM", "https://hooks.example.com/ac", ["subscribe"], ["everyone"])
    with pytest.raises(ValueError, match="at least one event"):
        ac.register_webhook("CRM", "https://hooks.example.com/ac", [], ["api"])
    assert len(fake.requests) == 1
    assert ac.register_webhook("CRM", "https://hooks.example.com/ac", ["update"], ["public"]).id == "5"
    assert "listid" not in fake.body()["webhook"]
