"""`request()` paths stay under /api/3: whatever `safe_relative_path` accepts, no server normalisation
(dot-segments, percent-decoding, backslashes as slashes) can take out of /api/3; the rest is refused."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

import httpx
import pytest
from activecampaign_sdk import errors
from activecampaign_sdk.base_url import safe_relative_path
from hypothesis import given
from hypothesis import strategies as st

BASE = "https://test-account.api-us1.com/api/3"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("contacts", "/contacts"),
        ("/contacts/1", "/contacts/1"),
        ("/api/3/deals/1", "/deals/1"),
        ("contactAutomations/", "/contactAutomations/"),
        ("/contacts/1/trackingLogs", "/contacts/1/trackingLogs"),
        ("fieldValues/12", "/fieldValues/12"),
        ("contacts/ada%40example.com", "/contacts/ada%40example.com"),
    ],
)
def test_ordinary_paths_pass(path: str, expected: str) -> None:
    assert safe_relative_path(path) == expected


@pytest.mark.parametrize(
    "path",
    [
        "../../admin",
        "/contacts/../../admin",
        "contacts/..",
        "./contacts",
        "/api/3/../admin",
        "%2e%2e/admin",
        "%2E%2E/admin",
        ".%2e/admin",
        "%252e%252e/admin",
        "contacts%2f..%2f..%2fadmin",
        "contacts%5c..%5cadmin",
        "..\\admin",
        "contacts\\..\\..\\admin",
        "//evil.example/contacts",
        "https://evil.example/api/3/contacts",
        "http:evil",
        "javascript:alert(1)",
        "contacts//1",
        "contacts/1?email=ada@example.com",
        "contacts#x",
        "contacts/1\r\nX-Evil: 1",
        "contacts\x00",
        "contacts\t1",
        "contacts 1",
        "contacts\u00a01",
        "contacts\u2028",
        "contacts\x7f",
        "",
        "   ",
        "/",
    ],
)
def test_paths_that_could_leave_api_3_are_refused_before_sending(path: str) -> None:
    with pytest.raises(errors.InvalidInputError, match="relative to /api/3") as caught:
        safe_relative_path(path)
    if len(path.strip()) > 3:
        assert path not in str(caught.value), "the path may hold personal data: not quoted"


def normalised_by_a_lenient_server(path: str) -> str:
    """The path as a server that decodes percent-escapes (twice), turns backslashes into slashes and
    resolves dot-segments would route it."""
    text = unquote(unquote(path)).replace("\\", "/")
    return posixpath.normpath(text)


@given(st.text(alphabet=st.sampled_from(list("./\\%2eEfF5cC:?#a0 \x00\n")) | st.characters(), max_size=30))
def test_whatever_passes_stays_under_api_3(path: str) -> None:
    try:
        relative = safe_relative_path(path)
    except errors.InvalidInputError:
        return
    url = httpx.URL(BASE + relative)
    assert url.host == "test-account.api-us1.com"
    assert normalised_by_a_lenient_server(url.raw_path.decode("ascii")).startswith("/api/3/")
