"""The escape hatches refuse what cannot be sent, before sending: `request()`, `with_options`, path parameters
with no UTF-8 form, bulk rows (one bad row fails one row), a 2xx body that is no UTF-8, and the CLI's options."""

from __future__ import annotations

import decimal
import math
from typing import Any

import click
import httpx
import pytest
from activecampaign_api.models import TagCreateRequest
from activecampaign_sdk import ActiveCampaign, NoRateLimit, errors
from activecampaign_sdk.bulk_import import ImportPolicy
from activecampaign_sdk.checks import MAX_TIMEOUT
from activecampaign_sdk.cli.app import run
from activecampaign_sdk.cli.operations import JsonBody
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from .conftest import BASE_URL, FAST, TOKEN, FakeApi, reply

SURROGATE = "\ud800"


@pytest.mark.parametrize("method", ["", " ", "GE T", "GET\x00", "GET\r\nX-Evil: 1", "GÉT", None, 5])
def test_request_refuses_a_method_that_is_no_http_token(ac: ActiveCampaign, fake: FakeApi, method: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match="method"):
        ac.request(method, "/tags")
    assert fake.requests == []


def deep(levels: int) -> Any:
    value: Any = []
    for _ in range(levels):
        value = [value]
    return value


def cyclic() -> Any:
    value: dict[str, Any] = {}
    value["self"] = value
    return value


@pytest.mark.parametrize(
    "body",
    [
        {"x": math.nan},
        {"x": math.inf},
        [-math.inf],
        {"x": decimal.Decimal("1.5")},
        {"x": object()},
        {"x": {1, 2}},
        {1: "key that is no text"},
        {"x": b"bytes"},
        {"x": SURROGATE},
        deep(50_000),
        cyclic(),
    ],
    ids=["nan", "inf", "-inf", "decimal", "object", "set", "int-key", "bytes", "surrogate", "deep", "cycle"],
)
def test_request_refuses_json_that_is_no_json_data(ac: ActiveCampaign, fake: FakeApi, body: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match=r"json|JSON"):
        ac.request("POST", "/tags", json=body)
    assert fake.requests == []


def test_request_sends_json_data_nested_reasonably(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /tags", reply(201, {"tag": {"id": "1"}}))
    body = {"tag": {"tag": "VIP", "n": 1, "f": 1.5, "ok": True, "none": None, "list": deep(100)}}
    assert ac.request("post", "/tags", json=body) == {"tag": {"id": "1"}}
    assert fake.requests[0].method == "POST"


@pytest.mark.parametrize(
    "params",
    [{"a": {"b": 1}}, {"a": object()}, {"a": [1, {"b": 2}]}, {"a": math.nan}, {"a": SURROGATE}, {1: "a"}, ["a"]],
    ids=["dict", "object", "list-with-dict", "nan", "surrogate", "int-name", "not-a-mapping"],
)
def test_request_refuses_params_that_are_no_query_values(ac: ActiveCampaign, fake: FakeApi, params: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match="param"):
        ac.request("GET", "/tags", params=params)
    assert fake.requests == []


def test_request_sends_scalar_params_and_lists_of_them(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", reply(200, {"tags": []}))
    ac.request("GET", "/tags", params={"a": "x", "b": 2, "c": [1, "2"], "d": 1.5})
    assert fake.requests[0].url.query == b"a=x&b=2&c=1&c=2&d=1.5"


@pytest.mark.parametrize(
    "headers",
    [
        {"X Bad": "1"},
        {"X(Bad)": "1"},
        {"X:Bad": "1"},
        {"": "1"},
        {"Ünicode": "1"},
        {"X-Ok\r\nEvil": "1"},
        {"Transfer-Encoding": "chunked"},
        {"transfer-encoding": "identity"},
        {"Connection": "close"},
        {"Upgrade": "h2c"},
        {"TE": "trailers"},
        {"X-Ok": "line\r\nbreak"},
    ],
)
def test_with_options_refuses_headers_that_cannot_be_sent(
    ac: ActiveCampaign, fake: FakeApi, headers: dict[str, str]
) -> None:
    with pytest.raises(errors.InvalidInputError, match="header"):
        ac.with_options(headers=headers)
    assert fake.requests == []


@pytest.mark.parametrize("timeout", [1e10, MAX_TIMEOUT * 2, math.inf, math.nan, 0, -1, "5", True])
def test_with_options_bounds_the_timeout(ac: ActiveCampaign, timeout: Any) -> None:
    with pytest.raises(errors.InvalidInputError, match="timeout"):
        ac.with_options(timeout=timeout)


def test_with_options_sends_a_valid_extra_header(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1", "tag": "VIP"}}))
    ac.with_options(headers={"X-Trace-Id": "abc-123"}, timeout=MAX_TIMEOUT).tags.get_tag("1")
    assert fake.requests[0].headers["x-trace-id"] == "abc-123"
    assert "transfer-encoding" not in fake.requests[0].headers


@pytest.mark.parametrize(
    "call",
    [
        lambda ac: ac.deals.get_deal(SURROGATE),
        lambda ac: ac.tags.get_tag("1" + SURROGATE),
        lambda ac: ac.raw(ac.tags.get_tag, SURROGATE),
        lambda ac: list(ac.segment_contact_ids("seg" + SURROGATE)),
        lambda ac: ac.request("GET", "/tags/" + SURROGATE),
    ],
    ids=["get_deal", "get_tag", "raw", "segment_contact_ids", "request"],
)
def test_a_lone_surrogate_in_a_path_is_refused(ac: ActiveCampaign, fake: FakeApi, call: Any) -> None:
    with pytest.raises(errors.InvalidInputError):
        call(ac)
    assert fake.requests == []


def test_one_row_with_a_surrogate_fails_that_row_only(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /import/bulk_import", reply(200, {"success": 1, "queued_contacts": 2, "batchId": "b1"}))
    rows: list[Any] = [
        {"email": "a@example.com", "first_name": "Ada"},
        {"email": "b@example.com", "first_name": "B" + SURROGATE},
        {"email": "c@example.com", "tags": ["ok", "x" + SURROGATE]},
        {"email": "d@example.com", "fields": [{"id": 1, "value": SURROGATE}]},
        {"email": "e@example.com"},
    ]
    result = ac.bulk_import(rows, wait=False)
    assert [row.status for row in result.rows] == ["queued", "failed", "failed", "failed", "queued"]
    assert all("UTF-8" in (row.reason or "") for row in result.failed)
    assert [c["email"] for c in fake.body()["contacts"]] == ["a@example.com", "e@example.com"]


def test_upsert_contacts_in_bulk_fails_only_the_surrogate_row(connect: Any, fake: FakeApi) -> None:
    fake.on("POST /import/bulk_import", reply(200, {"success": 1, "queued_contacts": 1, "batchId": "b1"}))
    fake.on("GET /import/info", reply(200, {"status": "completed", "success": ["1"], "failure": []}))
    quick = ImportPolicy(poll_initial=0.001, poll_max=0.004, poll_timeout=2.0)
    ac = connect(fake.handle, BASE_URL, TOKEN, import_policy=quick, limiter=NoRateLimit(), backoff=FAST)
    rows: list[Any] = [{"email": "a@example.com"}, {"email": "b@example.com", "last_name": SURROGATE}]
    result = ac.upsert_contacts(rows, via="bulk")
    assert list(result.imported) == [0]
    assert [failure.index for failure in result.failed] == [1]
    assert "UTF-8" in str(result.failed[0].error), "refused unsent, with the reason"
    assert len(fake.sent("POST /import/bulk_import")) == 1
    assert [c["email"] for c in fake.body(0)["contacts"]] == ["a@example.com"]


def test_a_2xx_body_that_is_no_utf8_is_a_parse_error(ac: ActiveCampaign, fake: FakeApi) -> None:
    bad = b'{"tag": {"id": "1", "tag": "\xff\xfe"}}'
    fake.on("GET /tags/1", lambda _: httpx.Response(200, content=bad, headers={"Content-Type": "application/json"}))
    with pytest.raises(errors.ResponseParseError, match=r"UTF-8|utf-8"):
        ac.request("GET", "/tags/1")
    with pytest.raises(errors.ResponseParseError):
        ac.tags.get_tag("1")
    fake.on("GET /tags/2", lambda _: httpx.Response(400, content=bad, headers={"Content-Type": "application/json"}))
    with pytest.raises(errors.BadRequestError) as refused:
        ac.tags.get_tag("2")
    assert isinstance(refused.value.body, str), "an error body with no UTF-8 is kept as text"


@pytest.fixture
def account() -> Any:
    with LocalActiveCampaign(ServerConfig(rate_per_second=0)) as server:
        yield server


@pytest.mark.parametrize(
    "args",
    [
        ("--rate-limit", "inf", "tags", "list-tags"),
        ("--rate-limit", "nan", "tags", "list-tags"),
        ("--rate-limit", "1e9", "tags", "list-tags"),
        ("--timeout", "1e10", "tags", "list-tags"),
        ("--timeout", "nan", "tags", "list-tags"),
        ("--timeout", "-inf", "tags", "list-tags"),
    ],
    ids=["rate-inf", "rate-nan", "rate-huge", "timeout-huge", "timeout-nan", "timeout-neg-inf"],
)
def test_cli_bad_options_are_exit_2_before_any_request(
    account: LocalActiveCampaign, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: Any
) -> None:
    monkeypatch.setenv("AC_API_URL", account.base_url)
    monkeypatch.setenv("AC_API_TOKEN", account.config.token)
    assert run(list(args)) == 2
    err = capsys.readouterr().err
    assert "unexpected" not in err and "Traceback" not in err
    assert account.log == []


@pytest.mark.parametrize(
    "body", ["[" * 5000 + "]" * 5000, '{"tag": {"tag": "' + SURROGATE + '"}}', b"\xff".decode("latin-1")]
)
@pytest.mark.parametrize("hint", [dict, TagCreateRequest])
def test_cli_body_that_cannot_be_read_is_a_usage_error(body: str, hint: Any) -> None:
    # click turns BadParameter into exit 2 before the command runs (tests/cli/test_exit_codes.py).
    with pytest.raises(click.BadParameter):
        JsonBody(hint).convert(body, None, None)


@pytest.mark.parametrize("url", ["http://[::1", "https://exa mple.com", "https://:0", "ftp://x.example.com", "://"])
def test_cli_malformed_api_url_is_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Any, url: str
) -> None:
    monkeypatch.setenv("AC_API_URL", url)
    monkeypatch.setenv("AC_API_TOKEN", "token")
    assert run(["export", "tags", "-o", str(tmp_path / "tags.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "unexpected" not in err and "bad input" in err
