"""The stand-in behaves as the API does, and its answers parse with the generated models."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from activecampaign_api.models import (
    BulkImportFailure,
    BulkImportInfo,
    BulkImportQueued,
    BulkImportRowFailure,
    ContactList,
)
from activecampaign_sdk import ActiveCampaign, NoRateLimit
from activecampaign_sdk.errors import (
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from activecampaign_sdk.testing import Faults, LocalActiveCampaign, ServerConfig


@pytest.fixture
def ac(server: LocalActiveCampaign) -> Iterator[ActiveCampaign]:
    with ActiveCampaign(server.base_url, server.config.token, limiter=NoRateLimit(), max_retries=0) as client:
        yield client


@pytest.fixture
def raw(server: LocalActiveCampaign) -> Iterator[httpx.Client]:
    headers = {"Api-Token": server.config.token}
    with httpx.Client(base_url=server.base_url + "/api/3", headers=headers) as client:
        yield client


def test_token_is_required(server: LocalActiveCampaign) -> None:
    with (
        ActiveCampaign(server.base_url, "wrong-token", limiter=NoRateLimit()) as wrong,
        pytest.raises(PermissionDeniedError),
    ):
        wrong.contacts.list_contacts()
    assert httpx.get(server.base_url + "/api/3/contacts").status_code == 401


def test_contacts_page_with_total(server: LocalActiveCampaign, ac: ActiveCampaign) -> None:
    server.seed_contacts(250)
    page = ac.contacts.list_contacts(limit=100, offset=200)
    assert [c.email for c in page.contacts] == [f"c{n}@seed.example.com" for n in range(200, 250)]
    assert page.meta is not None and page.meta.total == 250
    assert len(list(ac.paginate(ac.contacts.list_contacts))) == 250


def test_contact_crud_and_sync_upsert(server: LocalActiveCampaign, ac: ActiveCampaign) -> None:
    created = ac.upsert_contact("ada@example.com", first_name="Ada")
    again = ac.upsert_contact("ADA@example.com", last_name="Lovelace")
    assert again.id == created.id and server.contact_emails() == ["ada@example.com"]
    assert (again.first_name, again.last_name) == ("Ada", "Lovelace")
    with pytest.raises(UnprocessableEntityError) as duplicate:
        ac.request("POST", "/contacts", json={"contact": {"email": "ada@example.com"}})
    assert duplicate.value.errors[0].code == "duplicate"
    ac.request("PUT", f"/contacts/{created.id}", json={"contact": {"firstName": "Augusta"}})
    assert ac.contacts.get_contact(created.id).contact.first_name == "Augusta"
    ac.contacts.delete_contact(created.id)
    with pytest.raises(NotFoundError):
        ac.contacts.get_contact(created.id)
    assert server.contact_by_email("ada@example.com") is None


def test_tags_lists_field_rels_and_task_moves(server: LocalActiveCampaign, ac: ActiveCampaign) -> None:
    mailing_list = ac.find_or_create_list("News", stringid="news", sender_url="https://x.test", sender_reminder="r")
    contact = ac.upsert_contact("bob@example.com", tags=["vip", "vip"], lists={mailing_list.id: "subscribed"})
    links = ac.contact_tags.list_contact_contact_tags(contact.id).contact_tags
    assert [link.tag for link in links] == ["1", "1"]  # every create makes a link, as the API does
    assert ac.untag_contact(contact, ["vip"]) == 2
    assert server.account.contact_lists[(contact.id, mailing_list.id)]["status"] == "1"
    ac.unsubscribe(contact, mailing_list)
    assert server.account.contact_lists[(contact.id, mailing_list.id)]["status"] == "2"
    with server.account.lock:
        field_id = server.account.add_field("Shoe size")["id"]
    (rel,) = ac.link_field_to_list("SHOE_SIZE", mailing_list)
    assert rel.field == field_id
    assert server.account.field_rels[rel.id]["relid"] == mailing_list.id
    assert [r.id for r in ac.link_field_to_list(int(field_id), mailing_list)] == [rel.id], "no second relation"
    assert len(server.account.field_rels) == 1
    with server.account.lock:
        tasks = [server.account.add_deal_task("1", f"task {n}")["id"] for n in range(3)]
    moved = ac.move_tasks(1, 2)
    assert sorted(task.id for task in moved) == sorted(tasks)
    assert {server.account.deal_tasks[t]["dealTasktype"] for t in tasks} == {"2"}


def test_bulk_import_is_all_or_nothing_and_completes_later(server: LocalActiveCampaign, raw: httpx.Client) -> None:
    rows = [{"email": f"p{n}@example.com", "tags": ["imported"]} for n in range(250)]
    too_many = raw.post("/import/bulk_import", json={"contacts": [*rows, {"email": "one.more@example.com"}]})
    assert too_many.status_code == 400
    bad = raw.post("/import/bulk_import", json={"contacts": [rows[0], {"email": "john.doe@@example"}, {}]})
    assert bad.status_code == 400
    failure = BulkImportFailure.from_dict(bad.json())
    assert isinstance(failure.failure_reasons, list)
    reasons = [r for r in failure.failure_reasons if isinstance(r, BulkImportRowFailure)]
    assert [r.contact for r in reasons] == [1, 2]
    assert server.contact_emails() == [] and not server.account.batches

    server.account.import_failures.add("p7@example.com")
    queued = BulkImportQueued.from_dict(raw.post("/import/bulk_import", json={"contacts": rows}).json())
    assert queued.queued_contacts == 250
    batch = {"batchId": str(queued.batch_id)}
    info = BulkImportInfo.from_dict(raw.get("/import/info", params=batch).json())
    assert info.status == "waiting" and server.contact_by_email("p0@example.com") is None
    time.sleep(server.account.import_delay)
    info = BulkImportInfo.from_dict(raw.get("/import/info", params=batch).json())
    assert info.status == "completed" and info.failure == ["p7@example.com"]
    assert isinstance(info.success, list) and len(info.success) == 249
    assert len(server.contact_emails()) == 249 and server.contact_by_email("p8@example.com") is not None


def test_imports_per_minute_limit() -> None:
    config = ServerConfig(imports_per_minute=3, single_contact_imports_per_minute=2, time_scale=60)
    with LocalActiveCampaign(config) as server, httpx.Client(base_url=server.base_url + "/api/3") as raw:
        headers = {"Api-Token": config.token}
        two = {"contacts": [{"email": "a@example.com"}, {"email": "b@example.com"}]}
        statuses = [raw.post("/import/bulk_import", json=two, headers=headers).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 400]
        time.sleep(config.minute)  # one scaled minute later the window is free again
        assert raw.post("/import/bulk_import", json=two, headers=headers).status_code == 200


def test_request_rate_answers_429_with_retry_after() -> None:
    with LocalActiveCampaign(ServerConfig(rate_per_second=5)) as server, httpx.Client() as raw:
        headers = {"Api-Token": server.config.token}
        answers = [raw.get(server.base_url + "/api/3/contacts", headers=headers) for _ in range(8)]
    assert [a.status_code for a in answers].count(429) >= 2
    limited = next(a for a in answers if a.status_code == 429)
    assert 0 < float(limited.headers["Retry-After"]) <= 0.2
    assert server.count_429 == [a.status_code for a in answers].count(429)


@pytest.mark.parametrize(
    ("kind", "outcome"),
    [
        ("500", 500),
        ("503", 503),
        ("502", 502),
        ("truncated", "json"),
        ("html", "json"),
        ("reset", httpx.TransportError),
        ("cut", httpx.TransportError),
    ],
)
def test_faults(kind: str, outcome: int | str | type[Exception]) -> None:
    with LocalActiveCampaign(faults=Faults(schedule={1: kind})) as server:
        client = httpx.Client(base_url=server.base_url + "/api/3", headers={"Api-Token": server.config.token})
        with client:
            if isinstance(outcome, type):
                with pytest.raises(outcome):
                    client.get("/contacts")
            else:
                answer = client.get("/contacts")
                if isinstance(outcome, int):
                    assert answer.status_code == outcome
                else:
                    with pytest.raises(ValueError):
                        ContactList.from_dict(answer.json())
            # The next request is served normally.
            assert client.get("/contacts").status_code == 200
    assert [(e.fault, e.repeat) for e in server.log] == [(kind, False), (None, True)]


def test_slow_fault_outlasts_the_client_timeout() -> None:
    faults = Faults(schedule={1: "slow"})
    with LocalActiveCampaign(ServerConfig(slow_seconds=0.5), faults) as server, pytest.raises(httpx.ReadTimeout):
        httpx.get(server.base_url + "/api/3/contacts", headers={"Api-Token": server.config.token}, timeout=0.1)


def test_random_faults_follow_the_seed() -> None:
    def drawn(seed: int) -> list[str | None]:
        faults = Faults(0.5, seed=seed)
        return [faults.pick("GET", "/contacts") for _ in range(40)]

    assert drawn(3) == drawn(3) != drawn(4)
    assert 10 < sum(kind is not None for kind in drawn(3)) < 30
