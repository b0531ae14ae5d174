"""Nothing is printed unless the application configures logging (or sets ACTIVECAMPAIGN_LOG), and the URLs
the SDK logs carry no query string; httpx's own INFO line does, unless filtered."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from activecampaign_sdk.logs import ENV_VAR, RedactQueryFilter, redact_url

ROOT = Path(__file__).resolve().parents[2]
# What every 4xx and every retried 429 did before: a WARNING on the SDK's logger.
SCRIPT = """
import logging, activecampaign_sdk
logging.getLogger("activecampaign_sdk").warning("GET /contacts -> 404 in 0.1s (attempt 1)")
logging.getLogger("activecampaign_sdk").debug("GET /tags/1 -> 200 in 0.1s (attempt 1)")
"""


def run_script(level: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    if level is not None:
        env[ENV_VAR] = level
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stderr


def test_nothing_is_printed_when_logging_is_not_configured() -> None:
    assert run_script(None) == ""
    assert run_script("verbose") == "", "an unknown level is ignored"


@pytest.mark.parametrize(("level", "debug_shown"), [("debug", True), ("info", False), ("DEBUG", True)])
def test_activecampaign_log_turns_on_a_stderr_handler(level: str, debug_shown: bool) -> None:
    said = run_script(level)
    assert "WARNING activecampaign_sdk] GET /contacts -> 404" in said
    assert ("GET /tags/1 -> 200" in said) is debug_shown
    assert said.count("GET /contacts -> 404") == 1


def test_the_sdk_logger_has_a_null_handler_and_leaves_httpx_alone() -> None:
    sdk = logging.getLogger("activecampaign_sdk")
    assert any(isinstance(h, logging.NullHandler) for h in sdk.handlers)
    assert logging.getLogger("httpx").handlers == [] and logging.getLogger("httpx").filters == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://acct.api-us1.com/api/3/contacts?email=ada%40example.com", "https://acct.api-us1.com/api/3/contacts"),
        ("https://u:p@acct.api-us1.com:8443/api/3/x?a=1#frag", "https://acct.api-us1.com:8443/api/3/x"),
        ("/api/3/contacts?email=ada@example.com", "/api/3/contacts"),
        ("http://[::1/?email=x", "http://[::1/"),
    ],
)
def test_urls_are_logged_without_query_or_user(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_httpx_urls_are_redacted_too() -> None:
    url = httpx.URL("https://acct.api-us1.com/api/3/contacts", params={"email": "ada@example.com"})
    assert redact_url(url) == "https://acct.api-us1.com/api/3/contacts"


def test_httpx_logs_the_query_and_the_filter_removes_it(caplog: pytest.LogCaptureFixture) -> None:
    url = "https://acct.api-us1.com/api/3/contacts?email=ada%40example.com"
    http = httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200, json={})))
    with http, caplog.at_level(logging.INFO, logger="httpx"):
        http.get(url)
        unfiltered = [r.getMessage() for r in caplog.records if r.name == "httpx"]
        caplog.clear()
        redacting = RedactQueryFilter()
        logging.getLogger("httpx").addFilter(redacting)
        try:
            http.get(url)
        finally:
            logging.getLogger("httpx").removeFilter(redacting)
        filtered = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("ada%40example.com" in line for line in unfiltered), "httpx's own line carries the query"
    assert filtered and not any("example.com" in line for line in filtered)
    assert any("https://acct.api-us1.com/api/3/contacts" in line for line in filtered)
