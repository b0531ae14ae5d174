"""`make record` fails with the list of lies when an account answers something the spec misstates.

Runs the users operation tests in recording mode (as `make record` does) against
a loopback server standing in for an account, once with answers that fit the
spec (null dates, the MySQL zero date and ids sent as numbers included, as real
accounts send: the wire-tolerance policy reads them all) and once with deliberately
lying ones: a value the policy refuses, an undeclared field and an undeclared status.
Cassettes go to a temporary folder, never over the committed ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from .loopback import PromptHandler
from .spec import ROOT


def _user(username: str, **changes: Any) -> dict[str, Any]:
    user = {
        "id": "1",
        "username": username,
        "firstName": "Jane",
        "lastName": "Doe",
        "email": f"{username}@example.com",
        "phone": "",
        "signature": None,
        "lang": "english",
        "localZoneid": "America/Chicago",
        "cdate": None,
        "udate": None,
        "links": {"lists": "https://test-account.api-us1.com/api/3/users/1/lists"},
    }
    return {**user, **changes}


TRUTHFUL = {
    "/api/3/users?limit=20&offset=0": (
        200,
        {"users": [_user("admin", id=1), _user("janedoe", id="2")], "meta": {"total": 2}},
    ),
    "/api/3/users/1": (200, {"user": _user("admin", cdate="2024-05-01 10:11:12", udate="2024-05-01T10:11:12-05:00")}),
    "/api/3/users/me": (200, {"user": _user("jdoe", cdate="0000-00-00 00:00:00")}),
}
LYING = {
    "/api/3/users?limit=20&offset=0": (
        200,
        {"users": [_user("admin"), _user("janedoe", nickname="JD")], "meta": {"total": "2"}},
    ),
    "/api/3/users/1": (200, {"user": _user("admin", id=True)}),
    "/api/3/users/me": (418, {"message": "I'm a teapot"}),
}


def _account(answers: dict[str, tuple[int, Any]]) -> type[BaseHTTPRequestHandler]:
    class Account(PromptHandler):
        def do_GET(self) -> None:
            status, payload = answers.get(self.path, (404, {"message": "No Result found"}))
            body = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Account


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[ThreadingHTTPServer] = []

    def start(answers: dict[str, tuple[int, Any]]) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _account(answers))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _record(url: str, cassettes: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "AC_RECORD": "1",
        "AC_API_URL": url,
        "AC_API_TOKEN": "loopback-token",
        "AC_CASSETTES": str(cassettes),
    }
    command = [sys.executable, "-m", "pytest", "tests/operations/test_users.py", "-q", "-p", "no:randomly"]
    command += [
        "-p",
        "no:cacheprovider",
        "-k",
        "test_list_users or test_get_user and not test_get_user_by or test_get_current_user",
    ]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_truthful_answers_record_cleanly(serve: Any, tmp_path: Path) -> None:
    run = _record(serve(TRUTHFUL), tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "lie(s) by schema path" not in run.stdout
    assert (tmp_path / "users" / "listUsers.yaml").is_file()


def test_lying_answers_fail_the_run_with_every_lie(serve: Any, tmp_path: Path) -> None:
    run = _record(serve(LYING), tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    report = run.stdout[run.stdout.index("3 lie(s) by schema path") :]
    assert "listUsers 200 UserList.users[1].nickname: undeclared field in User" in report
    assert "getUser 200: does not parse: UserEnvelope: ValidationError: Expected `str`, got `bool`" in report
    assert "- at `$.user.id`" in report
    assert "getCurrentUser 418: undeclared status (declared: 200, 400, 403, 429, 503)" in report, report
