"""Input the API could not accept is refused locally, with a message naming it, before any request."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from activecampaign_api.models import BulkImportContact, ContactListStatusRequestContactList
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, NoRateLimit, errors
from activecampaign_sdk.contact_requests import ContactRow, status_request

from .conftest import BASE_URL, FAST, TOKEN, FakeApi, async_client, reply

BAD_EMAILS: list[Any] = [
    "",
    " ",
    "ada",
    "ada@",
    "@example.com",
    "ada@example",
    "ada @example.com",
    "a@b@c.com",
    None,
    7,
]
EMAIL_COMPLAINT = "missing email|invalid email"
# Where a list id belongs (subscribe, unsubscribe) a name is refused too.
BAD_LISTS: list[Any] = ["Newsletter", "", " 3", "3a", "0", 0, -1, True, None, 1.5, "٣"]
# Keys of `sync_contact(lists={...})`, which also takes names and stringids: these are neither.
BAD_LIST_KEYS: list[Any] = ["", "   ", "0", "٣", 0, -1, True, None, 1.5]
BAD_TAGS: list[Any] = ["", "   ", 0, -2, None, False]
SYNCED = {"contact": {"id": "7", "email": "ada@example.com"}}


def mock_http(fake: FakeApi) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(fake.handle))


@pytest.mark.parametrize("token", ["", "   ", "\n"])
def test_an_empty_token_is_refused(fake: FakeApi, token: str) -> None:
    with mock_http(fake) as http, pytest.raises(ValueError, match="token is empty"):
        ActiveCampaign(BASE_URL, token, httpx_client=http)
    with pytest.raises(ValueError, match="token is empty"):
        AsyncActiveCampaign(BASE_URL, token)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("", "URL is empty"),
        ("test-account.api-us1.com", "malformed"),
        ("ftp://test-account.api-us1.com", "malformed"),
        ("https://", "malformed"),
        ("https://test-account.api-us1.com/api/4", "unexpected path"),
        ("https://test-account.api-us1.com/api/3?token=x", "no query"),
        ("https://test-account.api-us1.com/api/3#x", "no query or fragment"),
        ("https://exa mple.com", "bad host"),
        ("https://test-account.api-us1.com:99999", "bad host or port"),
        ("https://test-account.api-us1.com:0", "bad host or port"),
        ("https://-test-account.api-us1.com", "bad host"),
        ("https://test-account..api-us1.com", "bad host"),
        ("https://test-account.api-us1.com\\api", "bad host"),
        ("https://user:pw@test-account.api-us1.com", "no user or password"),
        ("http://test-account.api-us1.com", "refusing plain http"),
    ],
)
def test_a_malformed_base_url_is_refused(fake: FakeApi, url: str, complaint: str) -> None:
    with mock_http(fake) as http, pytest.raises(ValueError, match=complaint):
        ActiveCampaign(url, TOKEN, httpx_client=http)
    assert fake.requests == []


@pytest.mark.parametrize(
    "url", ["https://test-account.api-us1.com/api/3?api_key=s3cr3t", "https://me:s3cr3t@test-account.api-us1.com"]
)
def test_a_refused_base_url_does_not_echo_a_secret_it_carries(url: str) -> None:
    with pytest.raises(ValueError, match="malformed") as refused:
        ActiveCampaign(url, TOKEN)
    assert "s3cr3t" not in str(refused.value)


@pytest.mark.parametrize("email", BAD_EMAILS)
def test_sync_contact_refuses_what_is_no_email_address(ac: ActiveCampaign, fake: FakeApi, email: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match=EMAIL_COMPLAINT):
        ac.upsert_contact(email, tags=["VIP"], lists={"3": "subscribed"})
    assert fake.requests == []


@pytest.mark.parametrize("mailing_list", BAD_LIST_KEYS)
def test_sync_contact_refuses_a_list_that_is_neither_id_nor_name_before_syncing(
    ac: ActiveCampaign, fake: FakeApi, mailing_list: Any
) -> None:
    fake.on("POST /contact/sync", reply(200, SYNCED))
    with pytest.raises(errors.InvalidInputError, match="a list must be an id"):
        ac.upsert_contact("ada@example.com", lists={3: "subscribed", mailing_list: "subscribed"})
    assert fake.requests == [], "the contact is not half-synced"


@pytest.mark.parametrize("status", ["maybe", "", "Subscribed ", 0, 3, True, None, ["subscribed"]])
def test_sync_contact_refuses_an_unknown_list_status_before_any_request(
    ac: ActiveCampaign, fake: FakeApi, status: Any
) -> None:
    fake.on("POST /contact/sync", reply(200, SYNCED))
    with pytest.raises(errors.InvalidInputError, match="unknown status"):
        ac.upsert_contact("ada@example.com", lists={"1": status})
    assert fake.requests == []


@pytest.mark.parametrize("lists", [["Newsletter"], [3], "Newsletter", 3])
def test_sync_contact_refuses_lists_that_are_no_mapping(ac: ActiveCampaign, fake: FakeApi, lists: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match="lists maps each list"):
        ac.upsert_contact("ada@example.com", lists=lists)
    assert fake.requests == []


def test_a_list_name_that_does_not_exist_is_refused_after_the_lookup_before_the_sync(
    ac: ActiveCampaign, fake: FakeApi
) -> None:
    lists = {"lists": [{"id": "3", "name": "Newsletter", "stringid": "newsletter"}], "meta": {"total": "1"}}
    fake.on("GET /lists", reply(200, lists))
    fake.on("POST /contact/sync", reply(200, SYNCED))
    with pytest.raises(errors.InvalidInputError, match="no list with the name or stringid 'Nope'"):
        ac.upsert_contact("ada@example.com", lists={"Newsletter": "subscribed", "Nope": "subscribed"})
    assert [f"{r.method} {r.url.path}" for r in fake.requests] == ["GET /api/3/lists"], "looked up, nothing changed"


@pytest.mark.parametrize("tag", BAD_TAGS)
def test_sync_contact_refuses_a_blank_tag_name_or_a_bad_tag_id(ac: ActiveCampaign, fake: FakeApi, tag: Any) -> None:
    fake.on("POST /contact/sync", reply(200, SYNCED))
    with pytest.raises(errors.InvalidInputError, match="tag"):
        ac.upsert_contact("ada@example.com", tags=["VIP", tag])
    assert fake.requests == []


@pytest.mark.parametrize("mailing_list", BAD_LISTS)
def test_subscribe_and_unsubscribe_refuse_a_bad_list(ac: ActiveCampaign, fake: FakeApi, mailing_list: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match="a list must be"):
        ac.subscribe(7, mailing_list)
    with pytest.raises(errors.InvalidInputError, match="a list must be"):
        ac.unsubscribe("7", mailing_list)
    assert fake.requests == []


@pytest.mark.parametrize("contact", ["ada@example.com", "", 0, None])
def test_subscribe_refuses_a_contact_that_is_no_contact_id(ac: ActiveCampaign, fake: FakeApi, contact: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match="a contact must be"):
        ac.subscribe(contact, 3)
    assert fake.requests == []


@pytest.mark.parametrize("status", [0, 3, -1, "1"])
def test_an_unknown_list_status_is_refused(status: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match="unknown list status"):
        status_request(7, 3, status, False)


def test_the_list_statuses_sent_are_the_apis_own() -> None:
    sent = {
        status: status_request(7, 3, status, False).contact_list.status for status in (1, 2)
    }  # 1 subscribed, 2 unsubscribed
    assert sent == {1: "1", 2: "2"}
    assert ContactListStatusRequestContactList.from_dict({"list": "3", "contact": "7", "status": "2"}).status == "2"


BAD_ROWS: list[Any] = [
    {"email": "ada"},
    {},
    {"first_name": "Ada"},
    {"email": "ada@example.com", "firstName": "Ada"},
    {"email": "ada@example.com", "lists": {"1": "maybe"}},
    {"email": "ada@example.com", "lists": ["Newsletter"]},
    {"email": "ada@example.com", "lists": {"": "subscribed"}},
    {"email": "ada@example.com", "tags": [""]},
    "ada@example.com",
    None,
]
COMPLAINTS = [
    "invalid email 'ada'",
    "needs an 'email'",
    "needs an 'email'",
    "unknown row key\\(s\\) firstName",
    "unknown status 'maybe' for list '1'",
    "lists maps each list",
    "a list must be an id",
    "tag name must not be blank",
    "a row must be a mapping",
    "a row must be a mapping",
]


def test_sync_contacts_reports_bad_rows_failed_and_sends_none_of_them(ac: ActiveCampaign, fake: FakeApi) -> None:
    result = ac.upsert_contacts(iter(BAD_ROWS), concurrency=2)
    assert [failure.index for failure in result.failed] == list(range(len(BAD_ROWS)))
    for failure, complaint in zip(result.failed, COMPLAINTS, strict=True):
        assert isinstance(failure.error, errors.InvalidInputError)
        assert failure.row is BAD_ROWS[failure.index]
        with pytest.raises(errors.InvalidInputError, match=complaint):
            raise failure.error
    assert fake.requests == []


def test_sync_contacts_sends_the_good_rows_only(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /contact/sync", reply(200, SYNCED))
    rows: list[ContactRow] = [{"email": "ada@example.com"}, {"email": "bad"}, {"email": "bo@example.com"}]
    result = ac.upsert_contacts(rows)
    assert sorted(result.succeeded) == [0, 2]
    assert [failure.index for failure in result.failed] == [1]
    assert [fake.body(i)["contact"]["email"] for i in range(2)] == ["ada@example.com", "bo@example.com"]
    assert len(fake.requests) == 2


def test_async_helpers_refuse_bad_input_before_any_request(fake: FakeApi) -> None:
    async def scenario() -> None:
        async with async_client(fake) as ac:
            for email in BAD_EMAILS:
                with pytest.raises(errors.InvalidInputError, match=EMAIL_COMPLAINT):
                    await ac.upsert_contact(email)
            for mailing_list in BAD_LIST_KEYS:
                with pytest.raises(errors.InvalidInputError, match="a list must be an id"):
                    await ac.upsert_contact("ada@example.com", lists={mailing_list: "subscribed"})
            with pytest.raises(errors.InvalidInputError, match="unknown status"):
                maybe: Any = {"1": "maybe"}
                await ac.upsert_contact("ada@example.com", lists=maybe)
            for mailing_list in BAD_LISTS:
                with pytest.raises(errors.InvalidInputError, match="a list must be"):
                    await ac.subscribe(7, mailing_list)
            result = await ac.upsert_contacts(BAD_ROWS, concurrency=3)
            assert [failure.index for failure in result.failed] == list(range(len(BAD_ROWS)))
            assert all(isinstance(failure.error, errors.InvalidInputError) for failure in result.failed)

    fake.on("POST /contact/sync", reply(200, SYNCED))
    asyncio.run(scenario())
    assert fake.requests == []


# What is no sequence of rows, though a str, bytes or dict iterates (by character, byte or key).
NO_ROWS: list[Any] = [None, 5, "ada@example.com", b"ada@example.com", {"email": "ada@example.com"}]


@pytest.mark.parametrize("rows", NO_ROWS)
def test_batch_helpers_refuse_what_is_no_sequence_of_rows(ac: ActiveCampaign, fake: FakeApi, rows: Any) -> None:
    for call in (
        lambda: ac.upsert_contacts(rows),
        lambda: ac.upsert_contacts(rows, via="bulk"),
        lambda: ac.bulk_import(rows),
    ):
        with pytest.raises(errors.InvalidInputError, match="must be an iterable of rows, got"):
            call()
    assert fake.requests == []


@pytest.mark.parametrize("rows", NO_ROWS)
def test_async_batch_helpers_refuse_what_is_no_sequence_of_rows(fake: FakeApi, rows: Any) -> None:
    async def scenario() -> None:
        async with async_client(fake) as ac:
            with pytest.raises(errors.InvalidInputError, match="must be an iterable of rows, got"):
                await ac.upsert_contacts(rows)
            with pytest.raises(errors.InvalidInputError, match="must be an iterable of rows, got"):
                await ac.upsert_contacts(rows, via="bulk")
            with pytest.raises(errors.InvalidInputError, match="must be an iterable of rows, got"):
                await ac.bulk_import(rows)

    asyncio.run(scenario())
    assert fake.requests == []


def test_a_bulk_row_that_is_no_mapping_fails_as_unreadable_alone(ac: ActiveCampaign, fake: FakeApi) -> None:
    rows: list[Any] = [5, None, ["ada@example.com"]]
    result = ac.bulk_import(rows, wait=False)
    assert [(row.index, row.status) for row in result.rows] == [(0, "failed"), (1, "failed"), (2, "failed")]
    assert all(row.reason is not None and row.reason.startswith("unreadable row") for row in result.rows)
    assert fake.requests == []


@pytest.mark.parametrize("page_size", [0, 101, -1, 1000, True, 1.5, "10", None])
def test_paginate_refuses_a_page_size_outside_1_to_100(ac: ActiveCampaign, fake: FakeApi, page_size: Any) -> None:
    fake.on("GET /contacts", reply(200, {"contacts": [], "meta": {"total": "0"}}))
    with pytest.raises(errors.InvalidInputError, match="page_size must be a whole number from 1 to 100"):
        ac.paginate(ac.contacts.list_contacts, page_size=page_size)
    assert fake.requests == []


@pytest.mark.parametrize("page_size", [1, 100])
def test_paginate_accepts_the_bounds(ac: ActiveCampaign, fake: FakeApi, page_size: int) -> None:
    fake.on("GET /contacts", reply(200, {"contacts": [], "meta": {"total": "0"}}))
    assert list(ac.paginate(ac.contacts.list_contacts, page_size=page_size)) == []
    assert fake.requests[0].url.params["limit"] == str(page_size)


def test_invalid_input_is_a_value_error_and_an_sdk_error() -> None:
    assert issubclass(errors.InvalidInputError, ValueError)
    assert issubclass(errors.InvalidInputError, errors.ActiveCampaignError)


BAD_IMPORT_ROWS: list[Any] = [
    {"email": ""},
    {"first_name": "No email"},
    {"email": "ada"},
    {"email": "ada @example.com"},
    BulkImportContact(email="a@b@c.com"),
    {"email": "cy@example.com", "fields": "not a list"},
    "dee@example.com",
    None,
]
IMPORT_COMPLAINTS = [
    "missing email",
    "missing email",
    "invalid email 'ada'",
    "invalid email 'ada @example.com'",
    "invalid email 'a@b@c.com'",
    "unreadable row",
    "unreadable row: a row is a BulkImportContact or a dict, not str",
    "unreadable row: a row is a BulkImportContact or a dict, not NoneType",
]
QUEUED = {"success": 1, "queued_contacts": 2, "batchId": "batch-1", "message": "queued"}


def importing_client(fake: FakeApi, http: httpx.Client) -> ActiveCampaign:
    return ActiveCampaign(
        BASE_URL, TOKEN, limiter=NoRateLimit(), import_limiter=NoRateLimit(), httpx_client=http, backoff=FAST
    )


def posted_emails(fake: FakeApi) -> list[str]:
    return [c["email"] for r in fake.sent("POST /import/bulk_import") for c in json.loads(r.content)["contacts"]]


def test_bulk_import_fails_invalid_rows_and_never_sends_them(fake: FakeApi) -> None:
    fake.on("POST /import/bulk_import", reply(200, QUEUED))
    rows = [{"email": "ada@example.com"}, *BAD_IMPORT_ROWS, {"email": "bo@example.com"}]
    with mock_http(fake) as http, importing_client(fake, http) as ac:
        result = ac.bulk_import(rows, wait=False)
    assert posted_emails(fake) == ["ada@example.com", "bo@example.com"]
    assert len(fake.requests) == 1
    assert [row.index for row in result.failed] == list(range(1, len(BAD_IMPORT_ROWS) + 1))
    for row, complaint in zip(result.failed, IMPORT_COMPLAINTS, strict=True):
        assert row.reason is not None and row.reason.startswith(complaint), (row.index, row.reason)
        assert row.batch_id is None
    assert [(row.index, row.batch_id) for row in result.queued] == [(0, "batch-1"), (len(rows) - 1, "batch-1")]


def test_bulk_import_of_invalid_rows_only_sends_nothing(fake: FakeApi) -> None:
    fake.on("POST /import/bulk_import", reply(200, QUEUED))

    async def scenario() -> None:
        async with async_client(fake, import_limiter=NoRateLimit()) as ac:
            result = await ac.bulk_import(BAD_IMPORT_ROWS, wait=False)
            assert [row.status for row in result.rows] == ["failed"] * len(BAD_IMPORT_ROWS)

    with mock_http(fake) as http, importing_client(fake, http) as ac:
        result = ac.bulk_import(iter(BAD_IMPORT_ROWS))
    assert [row.status for row in result.rows] == ["failed"] * len(BAD_IMPORT_ROWS)
    asyncio.run(scenario())
    assert fake.requests == []
