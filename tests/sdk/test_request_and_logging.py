"""`request()` (the escape hatch) and the log lines every attempt writes; the token is in neither."""

from __future__ import annotations

import logging

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, errors

from ..parity import Connector
from .conftest import BASE_URL, TOKEN, FakeApi, reply


def test_request_sends_params_and_json_and_returns_the_body(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /contactAutomations", reply(201, {"contactAutomation": {"id": "9"}}))
    body = ac.request("POST", "contactAutomations", params={"a": "1"}, json={"contactAutomation": {"contact": 1}})
    assert body == {"contactAutomation": {"id": "9"}}
    sent = fake.requests[0]
    assert sent.url == httpx.URL("https://test-account.api-us1.com/api/3/contactAutomations?a=1")
    assert fake.body() == {"contactAutomation": {"contact": 1}}


def test_request_raises_typed_errors_and_retries_idempotent_calls(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /deals/1", reply(503, {}), reply(404, {"message": "No Result found for Deal with id 1"}))
    with pytest.raises(errors.NotFoundError):
        ac.request("GET", "/deals/1")
    assert len(fake.requests) == 2


def test_request_returns_none_for_an_empty_body(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("DELETE /deals/1", reply(200))
    assert ac.request("DELETE", "/api/3/deals/1") is None


@pytest.mark.parametrize("url", ["https://evil.example/api/3/contacts", "//evil.example/contacts"])
def test_request_refuses_full_urls_so_the_token_stays_on_the_account(ac: ActiveCampaign, url: str) -> None:
    with pytest.raises(ValueError, match="relative"):
        ac.request("GET", url)


def test_each_attempt_is_logged_without_the_token(
    ac: ActiveCampaign, fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    fake.on("GET /tags/1", reply(503, {}), reply(200, {"tag": {"id": "1"}}))
    with caplog.at_level(logging.DEBUG, logger="activecampaign_sdk"):
        ac.request("GET", "/tags/1", params={"filters[email]": "someone@example.com"})
    records = [r for r in caplog.records if r.name == "activecampaign_sdk"]
    assert [(r.method, r.path, r.status, r.attempt) for r in records] == [  # type: ignore[attr-defined]
        ("GET", "/tags/1", 503, 1),
        ("GET", "/tags/1", 200, 2),
    ]
    assert all(isinstance(r.elapsed, float) for r in records)  # type: ignore[attr-defined]
    assert [r.levelno for r in records] == [logging.WARNING, logging.DEBUG]
    assert "GET /tags/1 (getTag) -> 200" in records[1].getMessage()
    text = caplog.text + "".join(repr(r.__dict__) for r in records)
    assert TOKEN not in text
    assert "someone@example.com" not in text, "queries (e-mail filters) stay out of logs"


def test_transport_failures_are_logged(ac: ActiveCampaign, fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    fake.on("GET /tags/1", httpx.ConnectError("refused"), reply(200, {"tag": {"id": "1"}}))
    with caplog.at_level(logging.DEBUG, logger="activecampaign_sdk"):
        ac.tags.get_tag("1")
    assert "GET /tags/1 (getTag) failed" in caplog.records[0].getMessage()
    assert "ConnectError" in caplog.records[0].getMessage()


def test_token_never_shows_in_reprs() -> None:
    client = ActiveCampaign(BASE_URL, TOKEN)
    async_client = AsyncActiveCampaign(BASE_URL, TOKEN)
    for thing in (client, async_client, client.auth, client.limiter, client.with_options(timeout=3), client.tags):
        assert TOKEN not in repr(thing)
    client.close()


def test_timeouts_are_on_by_default(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    ac.tags.get_tag("1")
    assert fake.requests[0].extensions["timeout"] == httpx.Timeout(30.0).as_dict()


def test_the_timeout_option_applies_to_every_request(fake: FakeApi, connect: Connector) -> None:
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    connect(fake.handle, BASE_URL, TOKEN, timeout=2.5).tags.get_tag("1")
    assert fake.requests[0].extensions["timeout"] == httpx.Timeout(2.5).as_dict()


@pytest.mark.parametrize("client_class", [ActiveCampaign, AsyncActiveCampaign])
def test_from_env(monkeypatch: pytest.MonkeyPatch, client_class: type[ActiveCampaign]) -> None:
    monkeypatch.setenv("AC_API_URL", "https://acct.api-us1.com")
    monkeypatch.setenv("AC_API_TOKEN", TOKEN)
    client = client_class.from_env(max_retries=1)
    assert client.base_url == "https://acct.api-us1.com/api/3"
    assert client._rules.options.max_retries == 1
    monkeypatch.delenv("AC_API_TOKEN")
    with pytest.raises(ValueError, match="AC_API_TOKEN"):
        client_class.from_env()
