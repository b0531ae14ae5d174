"""Cassette replay for operation tests, and the assertion every test makes.

Cassettes live in `tests/cassettes/<tag>/<name>.yaml` and replay with
`record_mode="none"`: a request that differs from the recorded one in method,
host, path, query or body finds no match and fails the test. With
`AC_RECORD=1` (see `make record`) the same tests run against the account in
`AC_API_URL`/`AC_API_TOKEN` and rewrite the cassettes, scrubbed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx
import vcr
from activecampaign_sdk import RawResponse
from activecampaign_sdk.base_url import normalize_base_url
from activecampaign_sdk.errors import APIStatusError
from vcr.request import Request as VcrRequest

from .truthful import truth_problems

TEST_ACCOUNT_HOST = "test-account.api-us1.com"
TEST_ORIGIN = f"https://{TEST_ACCOUNT_HOST}"
TEST_BASE_URL = f"{TEST_ORIGIN}/api/3"
TEST_TOKEN = "test-token-not-a-secret"
RECORDING = os.environ.get("AC_RECORD") == "1"
MATCH_ON = ("method", "scheme", "host", "path", "query", "body")
KEPT_RESPONSE_HEADERS = {"content-type", "retry-after", "x-request-id"}

if TYPE_CHECKING:
    from activecampaign_sdk import ActiveCampaign

T = TypeVar("T")
M = TypeVar("M")
P = ParamSpec("P")


def _real_origin() -> str | None:
    """`scheme://host[:port]` of the account being recorded, from AC_API_URL."""
    url = os.environ.get("AC_API_URL")
    if not url:
        return None
    parsed = httpx.URL(normalize_base_url(url))
    return str(parsed.copy_with(path="/")).rstrip("/")


# Event tracking (POST /event on trackcmp.net) is authenticated by the account's event key in the form
# body. Recording takes the real key and tracking id from AC_EVENT_KEY and AC_EVENT_ACTID; the cassette
# keeps these placeholders, which the tests send when replaying.
EVENT_KEY = os.environ.get("AC_EVENT_KEY", "event-key-not-a-secret") if RECORDING else "event-key-not-a-secret"
EVENT_ACTID = os.environ.get("AC_EVENT_ACTID", "223344") if RECORDING else "223344"


def _scrub_request(request: VcrRequest) -> VcrRequest:
    origin = _real_origin()
    if origin:
        request.uri = request.uri.replace(origin, TEST_ORIGIN)
    if isinstance(request.body, bytes) and RECORDING:
        for real, placeholder in ((EVENT_KEY, "event-key-not-a-secret"), (EVENT_ACTID, "223344")):
            request.body = request.body.replace(f"={real}".encode(), f"={placeholder}".encode())
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    # vcrpy runs this on every response it loads, too, so it must keep bodies as bytes.
    origin = _real_origin()
    token = os.environ.get("AC_API_TOKEN")
    body = response["body"]["string"]
    text = body.decode() if isinstance(body, bytes) else body
    if origin:
        text = text.replace(origin, TEST_ORIGIN)
    if token:
        text = text.replace(token, "<redacted>")
    response["body"]["string"] = text.encode()
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() in KEPT_RESPONSE_HEADERS}
    return response


def build_recorder(*, recording: bool) -> vcr.VCR:
    return vcr.VCR(
        record_mode="all" if recording else "none",
        match_on=MATCH_ON,
        filter_headers=["Api-Token", "Authorization", "Cookie", "Host", "User-Agent"],
        before_record_request=_scrub_request,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


recorder = build_recorder(recording=RECORDING)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a call of a bound operation came to: the 2xx response, or the typed error the SDK raised."""

    status: int
    content: bytes
    response: RawResponse[T] | None
    error: APIStatusError | None


def call(ac: ActiveCampaign, operation: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
    """Call `operation` through `ac.raw`, keeping an API error as the outcome instead of raising it."""
    try:
        raw = ac.raw(operation, *args, **kwargs)
    except APIStatusError as error:
        content = b"" if error.body is None else json.dumps(error.body).encode()
        return Outcome(error.status, content, None, error)
    return Outcome(raw.status_code, raw.content, raw, None)


def expect(outcome: Outcome[Any], kind: type[M], status: int) -> M:
    """Assert the status and the parsed type, check the parse is truthful, return it typed.

    A 2xx is the SDK's parsed model; any other status is the typed error the SDK raised, whose
    body is parsed here into `kind` (the spec's error model) to check it as well.
    """
    assert outcome.status == status, f"HTTP {outcome.status}: {outcome.content!r:.300}"
    if outcome.response is not None:
        parsed: object = outcome.response.parsed
    else:
        assert outcome.error is not None and status >= 400, f"HTTP {status} raised {outcome.error!r}"
        assert isinstance(outcome.error.body, dict), f"error body is no JSON object: {outcome.error.body!r:.300}"
        parsed = getattr(kind, "from_dict")(outcome.error.body)  # noqa: B009 - kind is any generated model
    assert isinstance(parsed, kind), f"parsed as {type(parsed).__name__}, expected {kind.__name__}"
    problems = truth_problems(parsed, json.loads(outcome.content))
    assert not problems, "\n".join(problems)
    return parsed
