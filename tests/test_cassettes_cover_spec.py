"""Every operation of the bundled spec has a cassette-backed test, every cassette
is used by one, and every recorded request and response conforms to the spec."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from .spec import BUNDLE, CASSETTES, document, operations

OPERATION_TESTS = Path(__file__).resolve().parent / "operations"


def _marked_cassettes() -> dict[Path, str]:
    """Cassette path -> operationId, for every `@pytest.mark.operation(...)` in tests/operations."""
    found: dict[Path, str] = {}
    for module in OPERATION_TESTS.glob("test_*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if not (isinstance(node, ast.Call) and ast.unparse(node.func) == "pytest.mark.operation"):
                continue
            assert isinstance(node.args[0], ast.Constant), f"{module.name}: operation id must be a literal"
            operation_id = str(node.args[0].value)
            assert operation_id in operations(), f"{module.name}: unknown operationId {operation_id!r}"
            names = {kw.arg: kw.value for kw in node.keywords}
            cassette = ast.literal_eval(names["cassette"]) if "cassette" in names else operation_id
            found[operations()[operation_id].cassette_dir / f"{cassette}.yaml"] = operation_id
    return found


def test_every_operation_has_a_cassette_test() -> None:
    tested = set(_marked_cassettes().values())
    untested = sorted(set(operations()) - tested)
    assert not untested, f"{len(untested)} operation(s) without a cassette test: {', '.join(untested)}"


def test_every_cassette_belongs_to_a_test() -> None:
    marked = set(_marked_cassettes())
    for path in marked:
        assert path.is_file(), f"a test replays {path.relative_to(CASSETTES)}, which does not exist"
    orphans = sorted(str(p.relative_to(CASSETTES)) for p in CASSETTES.rglob("*.yaml") if p not in marked)
    assert not orphans, f"cassettes no test replays: {orphans}"


def _interactions() -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{path.relative_to(CASSETTES)}#{i}", interaction)
        for path in sorted(CASSETTES.rglob("*.yaml"))
        for i, interaction in enumerate(yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)["interactions"])
    ]


def _content_type(headers: dict[str, list[str]] | None) -> str:
    """The media type a cassette recorded (without parameters); JSON when none was recorded."""
    for name, values in (headers or {}).items():
        if name.lower() == "content-type" and values:
            return values[0].split(";")[0].strip()
    return "application/json"


@pytest.fixture(scope="module")
def openapi() -> OpenAPI:
    # openapi-core decodes only JSON, forms and text/plain bodies by itself; CSV exports are text too.
    config = Config(extra_media_type_deserializers={"text/csv": lambda body: body.decode()})
    return OpenAPI.from_dict(document(), base_uri=BUNDLE.as_uri(), config=config)


@pytest.mark.parametrize(("where", "interaction"), _interactions(), ids=lambda v: v if isinstance(v, str) else "")
def test_cassette_conforms_to_spec(openapi: OpenAPI, where: str, interaction: dict[str, Any]) -> None:
    recorded, answered = interaction["request"], interaction["response"]
    url = httpx.URL(recorded["uri"])
    body = recorded["body"] or None
    request = MockRequest(
        f"{url.scheme}://{url.host}",
        recorded["method"].lower(),
        url.path,
        args=dict(url.params.multi_items()),
        # Cassettes never store the token; any value satisfies the security requirement.
        headers={"Api-Token": "filtered"},
        data=body.encode() if body else None,
        content_type=_content_type(recorded.get("headers")),
    )
    openapi.validate_request(request)
    text = answered["body"]["string"]
    response = MockResponse(
        text.encode(), status_code=answered["status"]["code"], content_type=_content_type(answered.get("headers"))
    )
    openapi.validate_response(request, response)
