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
from typing import Any, TypeVar

import vcr
from activecampaign_api.types import Response
from vcr.request import Request as VcrRequest

from .truthful import truth_problems

TEST_ACCOUNT_HOST = "test-account.api-us1.com"
TEST_BASE_URL = f"https://{TEST_ACCOUNT_HOST}/api/3"
TEST_TOKEN = "test-token-not-a-secret"
RECORDING = os.environ.get("AC_RECORD") == "1"
MATCH_ON = ("method", "scheme", "host", "path", "query", "body")
KEPT_RESPONSE_HEADERS = {"content-type", "retry-after", "x-request-id"}

T = TypeVar("T")


def _real_host() -> str | None:
    url = os.environ.get("AC_API_URL")
    if not url:
        return None
    import httpx
    from activecampaign_sdk.base_url import normalize_base_url

    return httpx.URL(normalize_base_url(url)).host


def _scrub_request(request: VcrRequest) -> VcrRequest:
    host = _real_host()
    if host:
        request.uri = request.uri.replace(host, TEST_ACCOUNT_HOST)
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    # vcrpy runs this on every response it loads, too, so it must keep bodies as bytes.
    host = _real_host()
    token = os.environ.get("AC_API_TOKEN")
    body = response["body"]["string"]
    text = body.decode() if isinstance(body, bytes) else body
    if host:
        text = text.replace(host, TEST_ACCOUNT_HOST)
    if token:
        text = text.replace(token, "<redacted>")
    response["body"]["string"] = text.encode()
    response["headers"] = {k: v for k, v in response["headers"].items() if k.lower() in KEPT_RESPONSE_HEADERS}
    return response


recorder = vcr.VCR(
    record_mode="all" if RECORDING else "none",
    match_on=MATCH_ON,
    filter_headers=["Api-Token", "Authorization", "Cookie", "User-Agent"],
    before_record_request=_scrub_request,
    before_record_response=_scrub_response,
    decode_compressed_response=True,
)


def expect(response: Response[Any], kind: type[T], status: int) -> T:
    """Assert the status and the parsed type, check the parse is truthful, return it typed."""
    assert response.status_code == status, f"HTTP {response.status_code}: {response.content!r:.300}"
    parsed = response.parsed
    assert isinstance(parsed, kind), f"parsed as {type(parsed).__name__}, expected {kind.__name__}"
    problems = truth_problems(parsed, json.loads(response.content))
    assert not problems, "\n".join(problems)
    return parsed
