"""`activecampaign TAG OPERATION`: every bound operation from the shell, typed options, JSON out."""

from __future__ import annotations

import json
from pathlib import Path

from activecampaign_sdk.cli.operations import operation_names, tag_names
from activecampaign_sdk.testing import LocalActiveCampaign

from ..spec import operations
from .conftest import Invoke


def test_every_operation_of_every_tag_is_a_command(invoke: Invoke) -> None:
    assert len(tag_names()) == len({operation.tag for operation in operations().values()})
    listed = invoke("--help")
    assert listed.code == 0
    for tag in tag_names():
        assert tag.replace("_", "-") in listed.out.replace("-\n  ", "-").replace("\n  ", " ")
    commands = 0
    for tag in ("contacts", "deals", "custom_fields", "webhooks"):
        shown = invoke(tag.replace("_", "-"), "--help")
        assert shown.code == 0, shown.err
        for name in operation_names(tag):
            assert name.replace("_", "-") in shown.out
            commands += 1
    assert commands > 30


def test_options_carry_the_spec_descriptions_and_types(invoke: Invoke) -> None:
    shown = invoke("contacts", "list-contacts", "--help")
    assert shown.code == 0
    text = " ".join(shown.out.split())
    assert "`GET /contacts`" in text
    assert "--limit INTEGER Page size. The API defaults to 20 and caps it at 100." in text
    assert "--status [-1|0|1|2|3] Keep contacts with this list status: -1 any, 0 unconfirmed, 1 active" in text
    assert "--filters-created-after YYYY-MM-DD" in text
    body = " ".join(invoke("tags", "create-tag", "--help").out.split())
    assert "--body JSON|@FILE" in body and "[required]" in body


def test_an_operation_call_prints_the_parsed_answer(invoke: Invoke, account: LocalActiveCampaign) -> None:
    created = invoke("tags", "create-tag", "--body", '{"tag": {"tag": "VIP", "tagType": "contact"}}')
    assert created.code == 0, created.err
    tag = json.loads(created.out)["tag"]
    assert tag["tag"] == "VIP"

    fetched = invoke("tags", "get-tag", tag["id"])
    assert fetched.code == 0 and json.loads(fetched.out)["tag"]["id"] == tag["id"]

    invoke("contacts", "sync-contact", "--body", '{"contact": {"email": "ada@example.com", "firstName": "Ada"}}')
    invoke("contacts", "sync-contact", "--body", '{"contact": {"email": "grace@example.com"}}')
    found = invoke("contacts", "list-contacts", "--email", "ada@example.com", "--status", "-1")
    assert found.code == 0, found.err
    answer = json.loads(found.out)
    assert [c["email"] for c in answer["contacts"]] == ["ada@example.com"]
    assert answer["meta"]["total"] == 1, "printed as parsed: a count is a number"
    assert account.requests("GET", "/contacts")[-1].query == "email=ada%40example.com&status=-1"


def test_a_body_can_come_from_a_file(invoke: Invoke, tmp_path: Path, account: LocalActiveCampaign) -> None:
    body = tmp_path / "list.json"
    fields = {"name": "Newsletter", "stringid": "newsletter", "sender_url": "https://example.com"}
    body.write_text(json.dumps({"list": {**fields, "sender_reminder": "You signed up"}}))
    created = invoke("lists", "create-list", "--body", f"@{body}")
    assert created.code == 0, created.err
    assert json.loads(created.out)["list"]["name"] == "Newsletter"
    with account.account.lock:
        assert [item["name"] for item in account.account.lists.values()] == ["Newsletter"]
