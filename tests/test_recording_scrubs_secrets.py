"""`make record` writes cassettes without the token or the real account host.

Records one call against a loopback server standing in for an account whose
answers echo both secrets back, then reads the cassette file as text."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from activecampaign_sdk import ActiveCampaign

from .loopback import PromptHandler
from .replay import build_recorder

TOKEN = "live-token-3f9a1c"


class _EchoingAccount(PromptHandler):
    def do_GET(self) -> None:
        host = self.headers["Host"]
        body = json.dumps(
            {
                "tag": {
                    "id": "1",
                    "tag": f"seen token {self.headers['Api-Token']}",
                    "links": {"contactGoalTags": f"http://{host}/api/3/tags/1/contactGoalTags"},
                }
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", f"session={TOKEN}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def account() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoingAccount)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_recorded_cassette_holds_neither_token_nor_host(
    account: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AC_API_URL", account)
    monkeypatch.setenv("AC_API_TOKEN", TOKEN)
    cassette = tmp_path / "getTag.yaml"
    with build_recorder(recording=True).use_cassette(str(cassette)), ActiveCampaign.from_env() as ac:
        response = ac.raw(ac.tags.get_tag, "1")
    assert response.status_code == 200
    text = cassette.read_text()
    assert TOKEN not in text
    assert "127.0.0.1" not in text
    assert "uri: https://test-account.api-us1.com/api/3/tags/1" in text
    assert "https://test-account.api-us1.com/api/3/tags/1/contactGoalTags" in text
    assert "seen token <redacted>" in text
