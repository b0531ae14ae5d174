"""No file under tests/ holds an API token: not the test tokens, nothing token-shaped, no token header.

Cassettes are written by `make record` from a real account, so a scrubbing
slip would publish a live token; this scans every file, not just the cassettes
a recording touched.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

TESTS = Path(__file__).parent.parent
# ActiveCampaign API keys are long hex strings (72 characters); hashes in API bodies stop at 40.
TOKEN_SHAPED = re.compile(r"(?<![0-9a-f])[0-9a-f]{48,}(?![0-9a-f])", re.IGNORECASE)
# A token header as YAML (`Api-Token:\n- value` or `Api-Token: value`), JSON or HTTP would store it.
TOKEN_HEADER = re.compile(r"""["']?(api[-_]?token|authorization|x-api-key)["']?\s*[:=]""", re.IGNORECASE)
SECRET_HEADERS = {"api-token", "authorization", "cookie", "x-api-key"}
SECRET_RESPONSE_HEADERS = {"set-cookie"}


def files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield path


def data_files(root: Path) -> list[Path]:
    return [path for path in files(root) if path.suffix != ".py"]


def cassettes(root: Path) -> list[Path]:
    found = []
    for path in data_files(root):
        if path.suffix in (".yaml", ".yml", ".json"):
            loaded = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
            if isinstance(loaded, dict) and "interactions" in loaded:
                found.append(path)
    return found


def known_test_tokens() -> set[str]:
    """Every string the test modules bind to a name with TOKEN or SECRET in it (their fake tokens)."""
    found = set()
    for path in files(TESTS):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                names = [target.id for target in node.targets if isinstance(target, ast.Name)]
                if any("TOKEN" in name or "SECRET" in name for name in names) and isinstance(node.value.value, str):
                    found.add(node.value.value)
    return {token for token in found if len(token) >= 8}


def problems(root: Path, tokens: set[str]) -> list[str]:
    found = []
    for path in data_files(root):
        text = path.read_text(errors="replace")
        where = path.relative_to(root)
        found += [f"{where}: holds the test token {token!r}" for token in tokens if token in text]
        found += [f"{where}: token-shaped {match.group()[:8]}..." for match in TOKEN_SHAPED.finditer(text)]
        found += [f"{where}: stores a {match.group(1)} header" for match in TOKEN_HEADER.finditer(text)]
    for path in cassettes(root):
        for i, interaction in enumerate(yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)["interactions"]):
            sent = {name.lower() for name in header_names(interaction["request"])}
            got = {name.lower() for name in header_names(interaction["response"])}
            found += [f"{path.relative_to(root)}[{i}]: request header {h}" for h in sorted(sent & SECRET_HEADERS)]
            found += [
                f"{path.relative_to(root)}[{i}]: response header {h}" for h in sorted(got & SECRET_RESPONSE_HEADERS)
            ]
    for path in files(root):
        if path.suffix == ".py":
            text = path.read_text()
            found += [f"{path.relative_to(root)}: token-shaped literal" for _ in TOKEN_SHAPED.finditer(text)]
    return found


def header_names(message: dict[str, Any]) -> list[str]:
    headers = message.get("headers") or {}
    return list(headers) if isinstance(headers, dict) else []


def test_the_scan_knows_the_test_tokens_and_finds_the_cassettes() -> None:
    tokens = known_test_tokens()
    assert {"test-token-not-a-secret", "sdk-test-token-5f1d2c", "live-token-3f9a1c"} <= tokens
    assert len(cassettes(TESTS)) >= 296, "one cassette per operation at least"


def test_no_file_under_tests_holds_a_token() -> None:
    found = problems(TESTS, known_test_tokens())
    assert not found, "\n".join(found)


PLANTED = {
    "header.yaml": "interactions:\n- request:\n    headers:\n      Api-Token:\n      - abc\n    uri: x\n  response:\n"
    "    headers: {}\n",
    "inline.json": '{"interactions": [], "note": {"Authorization": "Bearer x"}}',
    "cookie.yaml": "interactions:\n- request:\n    headers: {}\n  response:\n    headers:\n      Set-Cookie: [s=1]\n",
    "shaped.yaml": "interactions: []\nbody: " + "ab12" * 18 + "\n",
    "known.txt": "seen token test-token-not-a-secret\n",
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_the_scan_flags_a_planted_token(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(PLANTED[name])
    assert problems(tmp_path, {"test-token-not-a-secret"})


def test_the_scan_passes_a_clean_cassette(tmp_path: Path) -> None:
    clean = "interactions:\n- request:\n    headers:\n      Content-Type: [application/json]\n  response:\n"
    (tmp_path / "clean.yaml").write_text(
        clean + '    headers: {}\n    body: {string: \'{"md5": "' + "a" * 40 + "\"}'}\n"
    )
    assert problems(tmp_path, {"test-token-not-a-secret"}) == []
