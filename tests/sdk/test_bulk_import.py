"""ac.bulk_import against a stateful stand-in for POST /import/bulk_import and GET /import/info."""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from activecampaign_api.models import BulkImportContact
from activecampaign_sdk import (
    ActiveCampaign,
    BulkImportResult,
    ImportPolicy,
    ImportProgress,
    ImportRow,
    NoRateLimit,
    TokenBucketLimiter,
)
from activecampaign_sdk.rate_limit import IMPORTS_PER_MINUTE, shared_import_limiter

from ..parity import Connector
from .conftest import BASE_URL, FAST, TOKEN, reply

# The API's own wording, curly quotes and all (tests/cassettes/imports/bulkImportContacts_invalid_row.yaml).
BAD_EMAIL = "Field\u2018 email\u2019 incorrect format"
QUICK = ImportPolicy(poll_initial=0.001, poll_max=0.004, poll_timeout=2.0, rate_limited_wait=0.001, max_resubmits=3)
RATE_LIMITED = {
    "success": 0,
    "message": "Rate limit exceeded.",
    "failureReasons": [
        "Up to 100 imports may be requested per minute.Please batch contacts into larger requests, "
        "or retry this request in a minute."
    ],
}


class Importer:
    """Validates like the API (one bad row rejects the batch), queues batches, reports them after some polls."""

    def __init__(self) -> None:
        self.rejects: set[str] = set()  # e-mails the API's validation refuses
        self.fails: set[str] = set()  # e-mails that fail while the batch is processed
        self.before_post: list[Callable[[], httpx.Response | None]] = []  # scripted answers, one per POST
        self.polls_until_done = 1
        self.batches: dict[str, list[str]] = {}
        self.polls: dict[str, int] = {}
        self.posted: list[list[dict[str, Any]]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/api/3")
        if request.method == "POST" and path == "/import/bulk_import":
            return self._post(json.loads(request.content))
        if request.method == "GET" and path == "/import/info":
            return self._info(request.url.params["batchId"])
        return reply(404, {"message": f"no route {request.method} {path}"})

    def _post(self, body: dict[str, Any]) -> httpx.Response:
        contacts = body["contacts"]
        self.posted.append(contacts)
        if self.before_post:
            scripted = self.before_post.pop(0)()
            if scripted is not None:
                return scripted
        assert 1 <= len(contacts) <= 250
        bad = [i for i, c in enumerate(contacts) if c["email"] in self.rejects]
        if bad:
            reasons = [{"contact": i, "failureReason": BAD_EMAIL} for i in bad]
            return reply(
                400, {"success": 0, "message": "JSON payload did not pass validation.", "failureReasons": reasons}
            )
        batch_id = f"batch-{len(self.batches) + 1}"
        self.batches[batch_id] = [c["email"] for c in contacts]
        self.polls[batch_id] = 0
        return reply(200, {"Success": 1, "queued_contacts": len(contacts), "batchId": batch_id, "message": "queued"})

    def _info(self, batch_id: str) -> httpx.Response:
        self.polls[batch_id] += 1
        if self.polls[batch_id] < self.polls_until_done:
            return reply(200, {"status": "processing", "success": [], "failure": []})
        emails = self.batches[batch_id]
        return reply(
            200,
            {
                "status": "completed",
                "success": [str(1000 + i) for i, e in enumerate(emails) if e not in self.fails],
                "failure": [e for e in emails if e in self.fails],
            },
        )

    def sent_emails(self) -> list[str]:
        return [c["email"] for batch in self.posted for c in batch]


@pytest.fixture
def api() -> Importer:
    return Importer()


@pytest.fixture
def make_client(api: Importer, connect: Connector) -> Callable[..., ActiveCampaign]:
    def make(**options: Any) -> ActiveCampaign:
        options.setdefault("import_limiter", NoRateLimit())
        options.setdefault("import_policy", QUICK)
        return connect(api.handle, BASE_URL, TOKEN, limiter=NoRateLimit(), backoff=FAST, **options)

    return make


@pytest.fixture
def ac(make_client: Callable[..., ActiveCampaign]) -> ActiveCampaign:
    return make_client()


def emails(count: int, start: int = 0) -> list[str]:
    return [f"user{i}@example.com" for i in range(start, start + count)]


def assert_each_row_once(result: BulkImportResult, count: int) -> None:
    assert [row.index for row in result.rows] == list(range(count))
    assert len(result.succeeded) + len(result.failed) + len(result.queued) == count


def test_rows_go_in_batches_of_250_and_succeed_once_processed(ac: ActiveCampaign, api: Importer) -> None:
    rows = (BulkImportContact(email=email, tags=["imported"]) for email in emails(600))
    result = ac.bulk_import(rows)
    assert [len(batch) for batch in api.posted] == [250, 250, 100]
    assert api.posted[0][0] == {"email": "user0@example.com", "tags": ["imported"]}
    assert_each_row_once(result, 600)
    assert len(result.succeeded) == 600
    assert result.batch_ids == ["batch-1", "batch-2", "batch-3"]
    assert result.rows[250].batch_id == "batch-2" and result.rows[250].email == "user250@example.com"


def test_invalid_rows_fail_locally_and_are_never_sent(ac: ActiveCampaign, api: Importer) -> None:
    rows: list[Any] = [
        {"email": "ada@example.com", "first_name": "Ada", "fields": [{"id": 1, "value": "x"}]},
        {"email": ""},
        {"first_name": "No email"},
        {"email": "john.doe@@example"},
        BulkImportContact(email="invalid.email@invalidDomain"),
        {"email": "bo@example.com", "subscribe": [{"listid": 3}]},
    ]
    result = ac.bulk_import(rows)
    assert api.sent_emails() == ["ada@example.com", "bo@example.com"]
    assert api.posted[0][0] == {"email": "ada@example.com", "first_name": "Ada", "fields": [{"id": 1, "value": "x"}]}
    assert [(r.index, r.status) for r in result.failed] == [(1, "failed"), (2, "failed"), (3, "failed"), (4, "failed")]
    assert result.rows[1].reason == result.rows[2].reason == "missing email"
    assert result.rows[3].reason is not None and "invalid email 'john.doe@@example'" in result.rows[3].reason
    assert result.rows[4].email == "invalid.email@invalidDomain" and result.rows[4].batch_id is None
    assert [r.index for r in result.succeeded] == [0, 5]


def test_rows_the_api_rejects_fail_and_the_rest_are_sent_again(ac: ActiveCampaign, api: Importer) -> None:
    api.rejects = {"user3@example.com", "user7@example.com"}
    result = ac.bulk_import([{"email": e} for e in emails(10)])
    assert [len(batch) for batch in api.posted] == [10, 8]
    assert "user3@example.com" not in [c["email"] for c in api.posted[1]]
    assert [(r.index, r.reason) for r in result.failed] == [
        (3, BAD_EMAIL),
        (7, BAD_EMAIL),
    ]
    assert len(result.succeeded) == 8 and result.batch_ids == ["batch-1"]
    assert_each_row_once(result, 10)


def test_rate_limited_batches_are_sent_again_not_failed(ac: ActiveCampaign, api: Importer) -> None:
    api.before_post = [
        lambda: reply(400, RATE_LIMITED),
        lambda: reply(429, {"message": "slow down"}, {"Retry-After": "0"}),
    ]
    result = ac.bulk_import([{"email": e} for e in emails(3)])
    assert len(api.posted) == 3 and api.posted[0] == api.posted[2]
    assert result.failed == [] and len(result.succeeded) == 3


def test_a_batch_rate_limited_too_often_fails_with_the_reason(ac: ActiveCampaign, api: Importer) -> None:
    api.before_post = [lambda: reply(400, RATE_LIMITED)] * 4
    result = ac.bulk_import([{"email": e} for e in emails(2)])
    assert len(api.posted) == 4, "the first try and max_resubmits=3 more"
    assert [r.status for r in result.rows] == ["failed", "failed"]
    assert (
        result.rows[0].reason is not None and "Up to 100 imports may be requested per minute" in result.rows[0].reason
    )


def test_an_unanswered_import_is_never_resent(ac: ActiveCampaign, api: Importer) -> None:
    def timeout() -> httpx.Response:
        raise httpx.ReadTimeout("read timed out")

    api.before_post = [timeout]
    result = ac.bulk_import([{"email": e} for e in emails(260)])
    assert [len(batch) for batch in api.posted] == [250, 10], "the timed-out batch is not sent twice"
    assert {r.status for r in result.rows[:250]} == {"unknown"} and len(result.unknown) == 250
    assert result.rows[0].reason is not None and "may have been queued" in result.rows[0].reason
    assert {r.status for r in result.rows[250:]} == {"succeeded"}


def test_a_refused_token_fails_the_remaining_rows_without_sending_them(ac: ActiveCampaign, api: Importer) -> None:
    api.before_post = [lambda: reply(403, {"message": "You do not have permission"})]
    result = ac.bulk_import([{"email": e} for e in emails(300)])
    assert len(api.posted) == 1
    assert_each_row_once(result, 300)
    assert len(result.failed) == 300
    assert result.rows[299].reason is not None and result.rows[299].reason.startswith("not sent: the API refused")


def test_polls_until_completed_and_fails_the_rows_it_reports(ac: ActiveCampaign, api: Importer) -> None:
    api.polls_until_done = 3
    api.fails = {"user1@example.com"}
    result = ac.bulk_import([{"email": e} for e in emails(3)])
    assert api.polls == {"batch-1": 3}
    assert [r.status for r in result.rows] == ["succeeded", "failed", "succeeded"]
    assert result.rows[1].reason == "the import failed for this contact" and result.rows[1].batch_id == "batch-1"


def test_wait_false_leaves_rows_queued(ac: ActiveCampaign, api: Importer) -> None:
    result = ac.bulk_import([{"email": e} for e in emails(251)], wait=False)
    assert api.polls == {"batch-1": 0, "batch-2": 0}
    assert len(result.queued) == 251 and result.rows[250].batch_id == "batch-2"
    assert result.batch_ids == ["batch-1", "batch-2"]


def test_batches_still_processing_at_the_poll_timeout_stay_queued(
    api: Importer, make_client: Callable[..., ActiveCampaign]
) -> None:
    api.polls_until_done = 10**6
    policy = ImportPolicy(poll_initial=0.001, poll_max=0.002, poll_timeout=0.05)
    client = make_client(import_policy=policy)
    result = client.bulk_import([{"email": "ada@example.com"}])
    assert api.polls["batch-1"] >= 2
    (row,) = result.rows
    assert row.status == "queued" and row.batch_id == "batch-1"
    assert row.reason is not None and "still processing" in row.reason


def test_every_row_is_accounted_for_exactly_once(ac: ActiveCampaign, api: Importer) -> None:
    api.rejects = {"user10@example.com", "user400@example.com"}
    api.fails = {"user20@example.com"}
    api.before_post = [lambda: None, lambda: reply(400, RATE_LIMITED)]
    rows: list[ImportRow] = [{"email": e} for e in emails(520)]
    rows[30] = {"email": "bad"}
    result = ac.bulk_import(iter(rows))
    assert_each_row_once(result, 520)
    assert {r.index for r in result.failed} == {10, 20, 30, 400}
    assert len(result.succeeded) == 516
    # user0's batch: rejected for user10, the rest rate limited, then queued.
    assert api.sent_emails().count("user0@example.com") == 3
    assert api.sent_emails().count("user10@example.com") == 1


def test_the_import_limiter_spaces_imports(api: Importer, make_client: Callable[..., ActiveCampaign]) -> None:
    rate = 20.0  # per second: the 100-per-minute limiter scaled down so the test is quick
    client = make_client(import_limiter=TokenBucketLimiter(rate))
    times: list[float] = []
    api.before_post = [lambda: times.append(time.monotonic())] * 5
    client.bulk_import([{"email": e} for e in emails(5 * 250)], wait=False)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 5
    # Times are taken at the server, after the client's own work on each batch (the first one also
    # loads the model modules), so single gaps jitter; five permits still span four intervals.
    assert times[-1] - times[0] >= 4 * 0.9 / rate, gaps
    assert min(gaps) >= 0.5 / rate, gaps


def test_the_default_import_limiter_is_100_per_minute_and_shared_per_account(
    api: Importer, make_client: Callable[..., ActiveCampaign]
) -> None:
    assert IMPORTS_PER_MINUTE == 100
    limiter = shared_import_limiter("Test-Account.api-us1.com")
    assert limiter is shared_import_limiter("test-account.api-us1.com")
    assert limiter.requests_per_second == pytest.approx(100 / 60)
    one, two = make_client(import_limiter=None), make_client(import_limiter=None)
    assert one.import_limiter is two.import_limiter is limiter
    assert one.import_limiter is not one.limiter


def test_progress_goes_to_a_callable_or_the_log(
    ac: ActiveCampaign, api: Importer, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[ImportProgress] = []
    rows: list[ImportRow] = [{"email": e} for e in [*emails(3), "x"]]
    ac.bulk_import(rows, progress=seen.append)
    assert seen[-1].read == 4 and seen[-1].succeeded == 3 and seen[-1].failed == 1
    assert any(p.event.startswith("queued batch batch-1") for p in seen)
    with caplog.at_level(logging.INFO, logger="activecampaign_sdk"):
        ac.bulk_import([{"email": "ada@example.com"}], progress=True)
    messages = [r.getMessage() for r in caplog.records if r.name == "activecampaign_sdk" and r.levelno == logging.INFO]
    assert any("batch batch-2 completed" in m and "1 succeeded" in m for m in messages), messages
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="activecampaign_sdk"):
        ac.bulk_import([{"email": "bo@example.com"}])
    assert not [r for r in caplog.records if r.levelno == logging.INFO], "progress=False logs nothing at INFO"


def test_rejections_rate_limits_and_failures_in_one_small_import(ac: ActiveCampaign, api: Importer) -> None:
    api.rejects = {"user1@example.com"}
    api.fails = {"user2@example.com"}
    api.polls_until_done = 2
    api.before_post = [lambda: reply(400, RATE_LIMITED)]
    rows: list[ImportRow] = [{"email": e} for e in [*emails(4), ""]]
    result = ac.bulk_import(rows)
    assert_each_row_once(result, 5)
    assert [r.status for r in result.rows] == ["succeeded", "failed", "failed", "succeeded", "failed"]
    assert [len(batch) for batch in api.posted] == [4, 4, 3]
    assert api.polls == {"batch-1": 2}


def test_a_gateway_error_on_import_is_not_resent(ac: ActiveCampaign, api: Importer) -> None:
    api.before_post = [lambda: reply(504, "<html>Gateway Timeout</html>")]
    result = ac.bulk_import([{"email": e} for e in emails(2)])
    assert len(api.posted) == 1
    assert [r.status for r in result.rows] == ["unknown", "unknown"]
    assert result.rows[0].reason is not None and "may have been queued" in result.rows[0].reason


def test_rows_that_do_not_fit_the_model_fail_locally(ac: ActiveCampaign, api: Importer) -> None:
    rows: list[Any] = [{"email": "ada@example.com", "fields": "not a list"}, {"email": "bo@example.com"}]
    result = ac.bulk_import(rows)
    assert result.rows[0].status == "failed" and (result.rows[0].reason or "").startswith(
        "unreadable row: fields must be a list"
    )
    assert api.sent_emails() == ["bo@example.com"]


def test_batches_due_are_polled_between_imports(ac: ActiveCampaign, api: Importer) -> None:
    polled_before_post: list[dict[str, int]] = []

    def note_polls() -> None:
        polled_before_post.append(dict(api.polls))
        time.sleep(0.01)  # longer than QUICK's first pause: batch-1 is due before the third import

    api.before_post = [note_polls] * 3
    result = ac.bulk_import([{"email": e} for e in emails(750)])
    assert polled_before_post[0] == {}
    assert polled_before_post[2]["batch-1"] == 1  # polled (and completed) while later batches were sent
    assert api.polls == {"batch-1": 1, "batch-2": 1, "batch-3": 1}
    assert len(result.succeeded) == 750


def assert_one_outcome_each(result: BulkImportResult, count: int) -> None:
    assert [row.index for row in result.rows] == list(range(count))
    kinds = (result.succeeded, result.failed, result.queued, result.unknown)
    assert sum(map(len, kinds)) == count


def test_a_retry_after_of_a_day_waits_no_longer_than_the_policy_allows(
    make_client: Callable[..., ActiveCampaign], api: Importer
) -> None:
    capped = ImportPolicy(poll_initial=0.001, poll_max=0.004, poll_timeout=2.0, rate_limited_wait=30, max_wait=0.05)
    ac = make_client(import_policy=capped, max_retries=0)
    api.before_post = [
        lambda: reply(429, {"message": "slow down"}, {"Retry-After": "86400"}),
        lambda: reply(429, {"message": "slow down"}, {"Retry-After": "soon"}),  # unreadable: the capped default
    ]
    started = time.monotonic()
    result = ac.bulk_import([{"email": e} for e in emails(3)])
    assert time.monotonic() - started < 2.0
    assert len(api.posted) == 3 and len(result.succeeded) == 3


def test_a_queued_reply_that_does_not_parse_leaves_its_rows_unknown_and_the_run_goes_on(
    ac: ActiveCampaign, api: Importer
) -> None:
    api.before_post = [lambda: reply(200, "<html>oops</html>")]
    result = ac.bulk_import([{"email": e} for e in emails(300)])
    assert_one_outcome_each(result, 300)
    assert [r.status for r in result.rows[:250]] == ["unknown"] * 250
    assert result.rows[0].reason is not None and "may have been queued" in result.rows[0].reason
    assert len(result.succeeded) == 50


def test_status_checks_that_fail_or_do_not_parse_are_made_again(ac: ActiveCampaign, api: Importer) -> None:
    answers = itertools.chain(
        [reply(200, "{not json"), reply(500, {"message": "boom"}), reply(200, {"status": ["?"]})],
        itertools.repeat(None),
    )
    real = api._info

    def info(batch_id: str) -> httpx.Response:
        scripted = next(answers)
        return scripted if scripted is not None else real(batch_id)

    api._info = info  # type: ignore[method-assign]
    result = ac.bulk_import([{"email": e} for e in emails(5)])
    assert [r.status for r in result.rows] == ["succeeded"] * 5


def test_status_checks_that_never_answer_leave_rows_queued_not_lost(
    make_client: Callable[..., ActiveCampaign], api: Importer
) -> None:
    short = ImportPolicy(poll_initial=0.001, poll_max=0.004, poll_timeout=0.1, rate_limited_wait=0.001)
    ac = make_client(import_policy=short)
    api._info = lambda batch_id: reply(200, "garbage")  # type: ignore[method-assign]
    result = ac.bulk_import([{"email": e} for e in emails(260)])
    assert_one_outcome_each(result, 260)
    assert len(result.queued) == 260 and "last status check failed" in (result.queued[0].reason or "")


def test_an_unexpected_failure_of_the_post_leaves_its_rows_unknown_and_the_run_goes_on(
    ac: ActiveCampaign, api: Importer
) -> None:
    def broken() -> httpx.Response:
        raise RuntimeError("transport broke after sending")

    api.before_post = [lambda: None, broken]
    result = ac.bulk_import([{"email": e} for e in emails(600)])
    assert_one_outcome_each(result, 600)
    assert [len(result.succeeded), len(result.unknown)] == [350, 250]
    assert {r.index for r in result.unknown} == set(range(250, 500))


BAD_KEYS: list[tuple[dict[str, Any], str]] = [
    ({"email": "a@example.com", "firstName": "Ada"}, "'firstName' (did you mean 'first_name'"),
    ({"email": "b@example.com", "frist_name": "Bo"}, "'frist_name' (did you mean 'first_name'"),
    ({"email": "c@example.com", "tagz": ["VIP"]}, "'tagz' (did you mean 'tags'"),
    ({"email": "d@example.com", "first_name": 12345}, "first_name must be a string"),
    ({"email": "e@example.com", "fields": [{"id": 1, "value": Decimal("1.5")}]}, "fields must be a list of"),
    ({"email": "f@example.com", "tags": ["  "]}, "tags must be a list of tag names that are not blank"),
]


def test_rows_with_unknown_keys_or_values_of_the_wrong_type_fail_alone_unsent(
    ac: ActiveCampaign, api: Importer
) -> None:
    rows: list[Any] = [row for row, _ in BAD_KEYS] + [{"email": "ok@example.com", "first_name": "Ok"}]
    result = ac.bulk_import(rows)
    for outcome, (_, reason) in zip(result.rows, BAD_KEYS, strict=False):
        assert outcome.status == "failed" and reason in (outcome.reason or ""), outcome
    assert api.sent_emails() == ["ok@example.com"]
    assert result.rows[-1].status == "succeeded"
