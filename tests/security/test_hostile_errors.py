"""Every failure is typed and travels: errors pickle with their attributes, Retry-After never raises,
deep JSON is a parse error, and a token a header cannot carry is refused without being echoed."""

from __future__ import annotations

import inspect
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, errors
from activecampaign_sdk.auth import ApiTokenAuth
from activecampaign_sdk.bodies import MAX_JSON_DEPTH, decode_json
from activecampaign_sdk.errors import RETRY_AFTER_CAP, parse_body, parse_retry_after
from hypothesis import given
from hypothesis import strategies as st

from .conftest import FakeApi

STATUS_ARGS: dict[str, Any] = {
    "method": "GET",
    "path": "/contacts/7",
    "body": {"message": "No Result found", "errors": [{"title": "no", "source": {"pointer": "/id"}}]},
    "request_id": "req-42",
    "retry_after": 2.5,
}


def one_of_each() -> list[errors.ActiveCampaignError]:
    """An instance of every class of errors.py, every attribute set."""
    made: list[errors.ActiveCampaignError] = []
    for cls in vars(errors).values():
        if not (inspect.isclass(cls) and issubclass(cls, errors.ActiveCampaignError)):
            continue
        if issubclass(cls, errors.APIStatusError):
            made.append(cls(404, **STATUS_ARGS))
        elif issubclass(cls, errors.ResponseParseError):
            made.append(cls(200, method="GET", path="/tags", body=[1], reason="body is not JSON"))
        elif issubclass(cls, errors.APIConnectionError):
            made.append(cls("ReadTimeout: timed out", method="PUT", path="/deals/1"))
        elif cls is errors.ResponseTooLargeError:
            made.append(cls(method="GET", path="/contacts", limit=1024))
        elif cls is errors.BodyDecodeError:
            made.append(cls("JSON nested deeper than 256 levels"))
        elif cls is errors.SegmentMatchError:
            made.append(cls("segment s: run r not ready after 300s", segment_id="s", run_id="r"))
        else:
            made.append(cls("refused before sending"))
    return made


def attributes(error: BaseException) -> dict[str, Any]:
    return {"type": type(error), "args": error.args, "str": str(error), **vars(error)}


@pytest.mark.parametrize("error", one_of_each(), ids=lambda e: type(e).__name__)
def test_every_error_class_pickles_with_its_attributes(error: errors.ActiveCampaignError) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(error, protocol))
        assert attributes(copy) == attributes(error)


def test_the_catalogue_covers_every_class_with_its_attributes() -> None:
    made = {type(e): e for e in one_of_each()}
    assert len(made) >= 17
    assert vars(made[errors.NotFoundError]) == {**STATUS_ARGS, "status": 404, "operation": None}
    assert made[errors.ResponseParseError].reason == "body is not JSON"  # type: ignore[attr-defined]
    assert made[errors.UnprocessableEntityError].errors[0].source_pointer == "/id"  # type: ignore[attr-defined]


def raise_not_found(contact_id: str) -> None:
    raise errors.NotFoundError(404, **{**STATUS_ARGS, "path": f"/contacts/{contact_id}"})


def test_an_error_raised_in_a_process_pool_worker_arrives_whole() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(raise_not_found, "7")
        with pytest.raises(errors.NotFoundError) as caught:
            future.result(timeout=60)
    error = caught.value
    assert (error.status, error.method, error.path, error.request_id, error.retry_after) == (
        404,
        "GET",
        "/contacts/7",
        "req-42",
        2.5,
    )
    assert error.body == STATUS_ARGS["body"] and error.message == "No Result found"
    assert str(error) == "GET /contacts/7 -> HTTP 404: No Result found (request id req-42)"


def http_date(delta: timedelta, zone: str) -> str:
    text = format_datetime(datetime.now(UTC) + delta, usegmt=zone == "GMT")
    return text if zone == "GMT" else text.replace("+0000", zone)


@pytest.mark.parametrize(
    ("value", "low", "high"),
    [
        ("0", 0.0, 0.0),
        ("7", 7.0, 7.0),
        ("1.5", 1.5, 1.5),
        ("-5", 0.0, 0.0),
        ("1e999", RETRY_AFTER_CAP, RETRY_AFTER_CAP),
        ("inf", RETRY_AFTER_CAP, RETRY_AFTER_CAP),
        ("Infinity", RETRY_AFTER_CAP, RETRY_AFTER_CAP),
        ("-inf", 0.0, 0.0),
        ("99999999999999999999", RETRY_AFTER_CAP, RETRY_AFTER_CAP),
        ("Fri, 31 Dec 9999 23:59:59 GMT", RETRY_AFTER_CAP, RETRY_AFTER_CAP),
        ("Thu, 01 Jan 1970 00:00:00 -0000", 0.0, 0.0),
        ("Wed, 02 Dec 2026 08:00:00 +0530", 0.0, RETRY_AFTER_CAP),
    ],
)
def test_retry_after_is_a_bounded_wait(value: str, low: float, high: float) -> None:
    seconds = parse_retry_after(value)
    assert seconds is not None and low <= seconds <= high, seconds


@pytest.mark.parametrize(
    ("delta", "zone", "low", "high"),
    [
        (timedelta(seconds=30), "GMT", 25.0, 31.0),
        (timedelta(seconds=30), "-0000", 25.0, 31.0),  # was TypeError: a naive datetime
        (timedelta(seconds=30), "+0000", 25.0, 31.0),
        (timedelta(days=-3), "GMT", 0.0, 0.0),
        (timedelta(days=400), "GMT", RETRY_AFTER_CAP, RETRY_AFTER_CAP),
    ],
)
def test_retry_after_dates_in_any_zone(delta: timedelta, zone: str, low: float, high: float) -> None:
    seconds = parse_retry_after(http_date(delta, zone))  # made here: collection may run long before
    assert seconds is not None and low <= seconds <= high, seconds


@pytest.mark.parametrize(
    "value", ["", "nan", "NaN", "soon", "Mon, 99 Foo 2026 99:99:99 GMT", "Wed, 02 Dec 2026", "\x00", "1,5", None]
)
def test_unreadable_retry_after_is_ignored(value: str | None) -> None:
    assert parse_retry_after(value) is None


@given(st.text())
def test_retry_after_never_raises(value: str) -> None:
    seconds = parse_retry_after(value)
    assert seconds is None or 0.0 <= seconds <= RETRY_AFTER_CAP


def nested(depth: int, *, objects: bool = False) -> bytes:
    if objects:
        return b'{"a":' * depth + b"1" + b"}" * depth
    return b"[" * depth + b"1" + b"]" * depth


@pytest.mark.parametrize("objects", [False, True])
@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 1_000, 100_000])
def test_deep_json_is_a_parse_error_not_a_recursion_error(depth: int, objects: bool) -> None:
    with pytest.raises(errors.BodyDecodeError, match="nested deeper") as caught:
        decode_json(nested(depth, objects=objects))
    assert isinstance(caught.value, ValueError)


def test_deep_json_is_refused_even_with_a_raised_recursion_limit() -> None:
    # msgspec recurses in C up to the interpreter's limit: raised this far it could crash instead of raising.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1_000_000)
    try:
        with pytest.raises(errors.BodyDecodeError):
            decode_json(nested(200_000))
    finally:
        sys.setrecursionlimit(limit)


def test_json_as_deep_as_allowed_decodes() -> None:
    value = decode_json(nested(MAX_JSON_DEPTH))
    for _ in range(MAX_JSON_DEPTH):
        value = value[0]
    assert value == 1
    assert decode_json(b'{"a": "[[[[[[[[", "b": "\\\\", "c": "\\"[["}', max_depth=1) == {
        "a": "[[[[[[[[",
        "b": "\\",
        "c": '"[[',
    }


@pytest.mark.parametrize("content", [nested(100_000), nested(100_000, objects=True), b"[" * 1_000_000])
def test_an_error_body_nested_too_deeply_is_kept_as_text(content: bytes) -> None:
    body = parse_body(httpx.Response(500, content=content))
    assert isinstance(body, str) and len(body) == len(content)


@pytest.mark.parametrize("content", [b"not json", b'{"a": ', b"\xff\xfe"])
def test_invalid_json_is_a_typed_value_error(content: bytes) -> None:
    with pytest.raises(errors.BodyDecodeError, match="not JSON"):
        decode_json(content)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(), lambda inner: st.lists(inner)))
def test_decode_json_reads_what_json_writes(value: Any) -> None:
    import json

    assert decode_json(json.dumps(value).encode()) == value


SECRET = "tok-5f0e2d9c8b7a6f5e4d3c2b1a0f9e8d7c"


@pytest.mark.parametrize(
    "bad", ["\n", "\r", "\r\nX-Evil: 1", "\x00", "\x7f", "\t", "\x1b", "é", "€", "\u2028", "\U0001f600"]
)
def test_a_token_a_header_cannot_carry_is_refused_without_echo(fake: FakeApi, bad: str) -> None:
    token = SECRET[:10] + bad + SECRET[10:]
    with pytest.raises(errors.InvalidInputError, match="cannot go in an HTTP header") as caught:
        ApiTokenAuth(token)
    said = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert SECRET[:10] not in said and SECRET[10:] not in said and bad not in said
    assert isinstance(caught.value, ValueError)
    with (
        httpx.Client(transport=httpx.MockTransport(fake.handle)) as http,
        pytest.raises(errors.InvalidInputError) as again,
    ):
        ActiveCampaign("https://test-account.api-us1.com", token, httpx_client=http)
    assert SECRET[10:] not in str(again.value)
    assert fake.requests == [], "refused when the client is built: nothing sent, nothing retried"


def test_surrounding_whitespace_is_trimmed_and_inner_spaces_kept() -> None:
    assert ApiTokenAuth(f"  {SECRET}\n")._token == SECRET
    request = httpx.Request("GET", "https://test-account.api-us1.com/api/3/tags")
    sent = next(ApiTokenAuth(SECRET).auth_flow(request))
    assert sent.headers["Api-Token"] == SECRET


def test_importing_the_sdk_does_not_load_msgspec() -> None:
    import subprocess

    code = "import sys, activecampaign_sdk; print(sorted({'msgspec', 'msgspec.json'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"
