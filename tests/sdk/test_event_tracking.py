"""Event tracking (`POST /event`) is served by trackcmp.net: the SDK sends it there, and never the API token."""

from __future__ import annotations

from urllib.parse import parse_qs

import httpx
from activecampaign_api.models import TrackedEventRequest
from activecampaign_sdk import ActiveCampaign
from activecampaign_sdk.auth import ApiTokenAuth

from .conftest import TOKEN, FakeApi, reply


def test_track_event_goes_to_trackcmp_without_the_api_token(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /event", reply(200, {"success": 1, "message": "Event spawned"}))
    fake.on("GET /tags/1", reply(200, {"tag": {"id": "1"}}))
    body = TrackedEventRequest(actid="223344", key="event-key", event="purchase", visit='{"email":"a@b.co"}')
    result = ac.event_tracking.track_event(body=body)
    assert (result.success, result.message) == (1, "Event spawned")
    sent = fake.requests[0]
    assert (sent.url.scheme, sent.url.host, sent.url.path) == ("https", "trackcmp.net", "/event")
    assert "Api-Token" not in sent.headers
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(sent.content.decode())["key"] == ["event-key"]
    ac.tags.get_tag("1")
    assert fake.requests[1].headers["Api-Token"] == TOKEN, "the account's own requests still carry it"


def test_the_token_goes_only_to_the_accounts_origin() -> None:
    auth = ApiTokenAuth(TOKEN, origin="https://acct.api-us1.com/api/3")
    for url, carries in [
        ("https://acct.api-us1.com/api/3/tags", True),
        ("https://ACCT.api-us1.com:443/api/3/tags", True),
        ("https://acct.api-us1.com:8443/api/3/tags", False),
        ("http://acct.api-us1.com/api/3/tags", False),
        ("https://acct.api-us1.com.evil.example/api/3/tags", False),
        ("https://trackcmp.net/event", False),
    ]:
        request = next(auth.auth_flow(httpx.Request("GET", url, headers={"Api-Token": "smuggled"})))
        assert (request.headers.get("Api-Token") == TOKEN) is carries, url
        if not carries:
            assert "Api-Token" not in request.headers, url
