"""The SDK seed: building an authenticated client from a URL and a token."""

from __future__ import annotations

from typing import Any, cast

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, InvalidInputError
from activecampaign_sdk.base_url import normalize_base_url

TOKEN = "0123456789abcdef-secret-token"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://acme.api-us1.com", "https://acme.api-us1.com/api/3"),
        ("https://acme.api-us1.com/", "https://acme.api-us1.com/api/3"),
        ("https://acme.api-us1.com/api/3", "https://acme.api-us1.com/api/3"),
        ("https://acme.api-us1.com/api/3/", "https://acme.api-us1.com/api/3"),
        ("  https://acme.api-us1.com/api  ", "https://acme.api-us1.com/api/3"),
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010/api/3"),
        ("http://localhost:8080/api/3", "http://localhost:8080/api/3"),
        ("http://[::1]:9000", "http://[::1]:9000/api/3"),
    ],
)
def test_base_url_is_normalised(given: str, expected: str) -> None:
    assert normalize_base_url(given) == expected


@pytest.mark.parametrize(
    ("given", "complaint"),
    [
        ("", "empty"),
        ("acme.api-us1.com", "malformed"),
        ("ftp://acme.api-us1.com", "malformed"),
        ("https://", "malformed"),
        ("http://acme.api-us1.com", "plain http"),
        ("http://10.0.0.5/api/3", "plain http"),
        ("https://acme.api-us1.com/admin", "unexpected path"),
        ("https://acme.api-us1.com/api/3?x=1", "no query"),
    ],
)
def test_bad_base_url_is_refused(given: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        ActiveCampaign(given, TOKEN)


@pytest.mark.parametrize("token", ["", "   "])
def test_empty_token_is_refused(token: str) -> None:
    with pytest.raises(ValueError, match="token is empty"):
        ActiveCampaign("https://acme.api-us1.com", token)


def test_token_is_sent_in_api_token_header_and_never_shown() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"tags": [], "meta": {"total": "0"}})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with http, ActiveCampaign("https://acme.api-us1.com", TOKEN, httpx_client=http) as ac:
        ac.tags.list_tags()
    assert seen[0].headers["Api-Token"] == TOKEN
    assert str(seen[0].url) == "https://acme.api-us1.com/api/3/tags"
    for text in (repr(ac), str(ac), repr(ac.tags), repr(ac.auth)):
        assert TOKEN not in text


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AC_API_URL", "https://acme.api-us1.com")
    monkeypatch.setenv("AC_API_TOKEN", TOKEN)
    with ActiveCampaign.from_env() as ac:
        assert ac.base_url == "https://acme.api-us1.com/api/3"


def test_from_env_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AC_API_URL", raising=False)
    monkeypatch.setenv("AC_API_TOKEN", TOKEN)
    with pytest.raises(ValueError, match="AC_API_URL") as raised:
        ActiveCampaign.from_env()
    assert TOKEN not in str(raised.value)


def test_closing_closes_the_http_client_it_made_and_not_the_callers() -> None:
    with ActiveCampaign("https://acme.api-us1.com", TOKEN) as ac:
        made = ac._http
    assert made.is_closed
    with httpx.Client() as given:
        ActiveCampaign("https://acme.api-us1.com", TOKEN, httpx_client=given).close()
        assert not given.is_closed


WRONG_OBJECTS: list[tuple[str, object, str]] = [
    ("limiter", "5/s", "limiter must be a RateLimiter"),
    ("limiter", 5, "limiter must be a RateLimiter"),
    ("import_limiter", object(), "import_limiter must be a RateLimiter"),
    ("import_policy", {"poll_initial": 1}, "import_policy must be an ImportPolicy"),
    ("backoff", 2.0, "backoff must be a Backoff"),
]


@pytest.mark.parametrize("client", [ActiveCampaign, AsyncActiveCampaign])
@pytest.mark.parametrize(("option", "value", "complaint"), WRONG_OBJECTS)
def test_an_object_of_the_wrong_kind_is_refused_when_the_client_is_made(
    client: type[ActiveCampaign] | type[AsyncActiveCampaign], option: str, value: object, complaint: str
) -> None:
    options: dict[str, Any] = {option: value}
    with pytest.raises(InvalidInputError, match=complaint):
        client("https://acme.api-us1.com", TOKEN, **options)


def test_an_httpx_client_of_the_other_kind_is_refused() -> None:
    sync_http: Any = httpx.Client()
    async_http: Any = httpx.AsyncClient()
    with pytest.raises(InvalidInputError, match=r"httpx_client must be an httpx\.AsyncClient, got Client"):
        AsyncActiveCampaign("https://acme.api-us1.com", TOKEN, httpx_client=sync_http)
    with pytest.raises(InvalidInputError, match=r"httpx_client must be an httpx\.Client, got AsyncClient"):
        ActiveCampaign("https://acme.api-us1.com", TOKEN, httpx_client=async_http)
    with pytest.raises(InvalidInputError, match=r"httpx_client must be an httpx\.Client, got str"):
        ActiveCampaign("https://acme.api-us1.com", TOKEN, httpx_client=cast(Any, "http"))
    sync_http.close()
