"""What a new user meets in the first hour, on both clients: one exception family for refusals, errors at the
package top, a wrong token caught as an AuthenticationError, row types that resolve at run time, custom
fields in the same shapes everywhere, an httpx.Timeout taken, and an ImportProgress with a total and batch
ids. Calls go to a local ActiveCampaign on 127.0.0.1 or to the scripted fake."""

from __future__ import annotations

import dataclasses
import inspect
import math
import subprocess
import sys
import typing
from collections.abc import Iterator
from typing import Any

import activecampaign_sdk
import httpx
import pytest
from activecampaign_sdk import (
    ActiveCampaign,
    ActiveCampaignError,
    AuthenticationError,
    ImportPolicy,
    ImportProgress,
    InvalidInputError,
    NoRateLimit,
    PermissionDeniedError,
    errors,
)
from activecampaign_sdk.bulk_import import FieldValue, ImportRow
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from ..parity import Connector
from .conftest import BASE_URL, TOKEN, FakeApi, reply

FAST_IMPORTS = ImportPolicy(poll_initial=0.02, poll_max=0.1, poll_timeout=30.0, rate_limited_wait=0.1)


@pytest.fixture
def server() -> Iterator[LocalActiveCampaign]:
    with LocalActiveCampaign(ServerConfig(rate_per_second=0, import_delay=0.05)) as running:
        yield running


@pytest.fixture
def local(server: LocalActiveCampaign, connect: Connector) -> ActiveCampaign:
    """A client (sync or async) of the local ActiveCampaign."""
    return connect(
        None,
        server.base_url,
        server.config.token,
        limiter=NoRateLimit(),
        import_limiter=NoRateLimit(),
        import_policy=FAST_IMPORTS,
    )


def test_every_error_class_is_importable_from_the_package_top() -> None:
    classes = [
        value
        for value in vars(errors).values()
        if inspect.isclass(value) and issubclass(value, ActiveCampaignError) and value.__module__ == errors.__name__
    ]
    assert len(classes) >= 19
    for cls in classes:
        assert getattr(activecampaign_sdk, cls.__name__) is cls, cls.__name__
        assert cls.__name__ in activecampaign_sdk.__all__
    from activecampaign_sdk import NotFoundError

    assert NotFoundError is errors.NotFoundError


def test_importing_the_package_stays_cheap() -> None:
    """The errors come with `import activecampaign_sdk`; a client's machinery still waits until it is named."""
    probe = (
        "import sys, activecampaign_sdk\n"
        "from activecampaign_sdk import NotFoundError, InvalidInputError\n"
        "print(sorted(m for m in ('activecampaign_sdk._sync.client', 'activecampaign_sdk.pipeline', 'tenacity', "
        "'activecampaign_api.models') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"


def test_a_wrong_token_is_an_authentication_error(server: LocalActiveCampaign, connect: Connector) -> None:
    wrong = connect(None, server.base_url, "not-the-token", limiter=NoRateLimit())
    with pytest.raises(AuthenticationError) as caught:
        wrong.contacts.list_contacts()
    # ActiveCampaign answers a wrong token with 403: a PermissionDeniedError, which is an AuthenticationError.
    assert type(caught.value) is PermissionDeniedError and caught.value.status == 403
    assert issubclass(PermissionDeniedError, AuthenticationError)


BAD_OPTIONS: list[tuple[str, dict[str, Any], str]] = [
    ("", {}, "is empty"),
    ("not a url", {}, "malformed ActiveCampaign API URL"),
    ("ftp://youraccount.api-us1.com", {}, "malformed ActiveCampaign API URL"),
    ("https://exa mple.com", {}, "malformed ActiveCampaign API URL"),
    ("http://youraccount.api-us1.com", {}, "refusing plain http"),
    ("https://user:pw@youraccount.api-us1.com", {}, "no user or password"),
    ("https://youraccount.api-us1.com/?api_key=1", {}, "no query or fragment"),
    ("https://youraccount.api-us1.com/admin", {}, "unexpected path"),
    (BASE_URL, {"rate_limit": 0}, "rate_limit must be a positive number"),
    (BASE_URL, {"rate_limit": -5}, "rate_limit must be a positive number"),
    (BASE_URL, {"rate_limit": math.nan}, "rate_limit must be a positive number"),
    (BASE_URL, {"rate_limit": "5"}, "rate_limit must be a positive number"),
    (BASE_URL, {"timeout": 0}, "timeout must be a number of seconds above 0 and at most 86400, or an httpx.Timeout"),
    (BASE_URL, {"timeout": httpx.Timeout(None)}, "needs seconds above 0 and at most 86400 in at least one phase"),
    (BASE_URL, {"timeout": httpx.Timeout(5, connect=-1)}, "needs seconds above 0"),
    (BASE_URL, {"max_retries": -1}, "max_retries must be a whole number"),
]


@pytest.mark.parametrize(("url", "options", "message"), BAD_OPTIONS)
def test_every_refusal_of_client_options_is_an_invalid_input_error(
    fake: FakeApi, connect: Connector, url: str, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message) as caught:
        connect(fake.handle, url, TOKEN, **options)
    # One family: `except ValueError` and `except ActiveCampaignError` both catch it.
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, ActiveCampaignError)
    assert fake.requests == []


def test_rate_limiter_refusals_are_invalid_input_errors() -> None:
    from activecampaign_sdk.rate_limit import SlidingWindowLimiter, TokenBucketLimiter

    for make in (
        lambda: TokenBucketLimiter(0),
        lambda: TokenBucketLimiter(5, burst=0),
        lambda: SlidingWindowLimiter(0, 60),
        lambda: SlidingWindowLimiter(100, 0),
    ):
        with pytest.raises(InvalidInputError):
            make()


def test_timeout_takes_an_httpx_timeout(fake: FakeApi, connect: Connector) -> None:
    fake.on("GET /tags", reply(200, {"tags": [], "meta": {"total": "0"}}))
    ac = connect(fake.handle, BASE_URL, TOKEN, limiter=NoRateLimit(), timeout=httpx.Timeout(5, connect=1))
    ac.tags.list_tags()
    ac.with_options(timeout=httpx.Timeout(2, read=7)).tags.list_tags()
    ac.with_options(timeout=9).tags.list_tags()
    sent = [request.extensions["timeout"] for request in fake.sent("GET /tags")]
    assert sent == [
        {"connect": 1.0, "read": 5.0, "write": 5.0, "pool": 5.0},
        {"connect": 2.0, "read": 7.0, "write": 2.0, "pool": 2.0},
        {"connect": 9.0, "read": 9.0, "write": 9.0, "pool": 9.0},
    ]


def public_row_types() -> list[type]:
    from activecampaign_sdk.base_client import ClientOptions
    from activecampaign_sdk.bulk_import import FieldValue, ImportListRef

    found: list[type] = [ClientOptions, FieldValue, ImportListRef]
    for name in activecampaign_sdk.__all__:
        value = getattr(activecampaign_sdk, name)
        if isinstance(value, type) and (typing.is_typeddict(value) or dataclasses.is_dataclass(value)):
            found.append(value)
    return found


@pytest.mark.parametrize("row_type", public_row_types(), ids=lambda kind: kind.__name__)
def test_public_row_types_resolve_at_run_time(row_type: type) -> None:
    hints = typing.get_type_hints(row_type)  # what pydantic and other runtime tools call
    assert hints


def test_row_types_resolve_in_a_fresh_interpreter() -> None:
    probe = (
        "import typing\n"
        "from activecampaign_sdk import ContactRow, ImportRow, BatchResult\n"
        "print(sorted(typing.get_type_hints(ContactRow)), len(typing.get_type_hints(ImportRow)),"
        " sorted(typing.get_type_hints(BatchResult)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("] ")[0] == "['email', 'fields', 'first_name', 'last_name', 'lists', 'phone', 'tags'"


def field_values(server: LocalActiveCampaign, email: str) -> dict[str, str]:
    stored = server.contact_by_email(email)
    assert stored is not None
    with server.account.lock:
        return {v["field"]: v["value"] for v in server.account.field_values.values() if v["contact"] == stored["id"]}


def test_contact_rows_and_import_rows_take_both_field_shapes(
    local: ActiveCampaign, server: LocalActiveCampaign
) -> None:
    with server.account.lock:
        size = server.account.add_field("Company size", perstag="COMPANY_SIZE")["id"]
    api_shape: list[FieldValue] = [{"id": size, "value": "11-50"}]
    mapping = {size: "51-200"}

    local.upsert_contact("ada@example.com", fields=api_shape)
    local.upsert_contacts([{"email": "grace@example.com", "fields": api_shape}])
    imported = local.bulk_import([{"email": "alan@example.com", "fields": mapping}])

    assert field_values(server, "ada@example.com") == {size: "11-50"}
    assert field_values(server, "grace@example.com") == {size: "11-50"}
    assert imported.rows[0].status == "succeeded"
    assert field_values(server, "alan@example.com") == {size: "51-200"}
    refused = local.bulk_import([{"email": "x@example.com", "fields": {"COMPANY_SIZE": "1"}}])
    assert refused.rows[0].status == "failed" and "perstags need upsert_contacts" in str(refused.rows[0].reason)
    with pytest.raises(InvalidInputError, match="fields maps each custom field"):
        local.upsert_contact("ada@example.com", fields=[{"field": size, "value": "1"}])  # type: ignore[typeddict-item, typeddict-unknown-key]


def test_import_progress_carries_the_total_the_batch_ids_and_each_rows_outcome(local: ActiveCampaign) -> None:
    updates: list[ImportProgress] = []
    rows: list[ImportRow] = [{"email": f"p{n}@example.com"} for n in range(300)]
    rows[5]["email"] = "not-an-email"

    result = local.bulk_import(rows, progress=updates.append)

    assert {update.total for update in updates} == {300}
    assert updates[-1].batch_ids == tuple(result.batch_ids) and len(result.batch_ids) == 2
    queued = next(update for update in updates if update.event.startswith("queued batch"))
    assert queued.batch_ids == (result.batch_ids[0],)
    last: dict[int, str] = {}
    for update in updates:
        for outcome in update.changed:
            last[outcome.index] = outcome.status
    assert last == {outcome.index: outcome.status for outcome in result.rows}  # every row's outcome, as it came

    unsized = local.bulk_import((row for row in rows[:3]), progress=updates.append)
    assert unsized.rows and updates[-1].total is None  # a generator has no length


def test_a_list_that_does_not_exist_says_how_to_make_it(local: ActiveCampaign, server: LocalActiveCampaign) -> None:
    with pytest.raises(InvalidInputError, match=r"no list with the name or stringid 'Newsletter'.*find_or_create_list"):
        local.upsert_contact("ada@example.com", tags=["VIP"], lists={"Newsletter": "subscribed"})
    assert server.contact_emails() == []  # refused after the look-up, before the contact is synced
