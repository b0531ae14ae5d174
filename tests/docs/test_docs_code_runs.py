"""Every Python block of the README, the front page and the guides runs, as written, against a fresh local
ActiveCampaign (127.0.0.1), so a doc example that stops working fails here. How blocks run and the
markers that adapt them: tests/docs/code_blocks.py."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import io
import logging
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign, ImportPolicy, NoRateLimit
from activecampaign_sdk.cli.app import run
from activecampaign_sdk.testing import LocalActiveCampaign, ServerConfig

from .code_blocks import PAGES, ROOT, Block, blocks

FAST_IMPORTS = ImportPolicy(poll_initial=0.02, poll_max=0.1, poll_timeout=30.0, rate_limited_wait=0.1)


@pytest.fixture(autouse=True)
def logging_as_it_was() -> Iterator[None]:
    """The security guide sets the httpx logger's level and filters: undone after each page."""
    loggers = [logging.getLogger(name) for name in ("", "httpx", "activecampaign_sdk")]
    saved = [(logger.level, list(logger.filters), list(logger.handlers)) for logger in loggers]
    yield
    for logger, (level, filters, handlers) in zip(loggers, saved, strict=True):
        logger.setLevel(level)
        logger.filters[:] = filters
        logger.handlers[:] = handlers


@pytest.fixture
def account(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[LocalActiveCampaign]:
    """A fresh, empty account; AC_API_URL and AC_API_TOKEN point to it; files go to a temporary folder."""
    with LocalActiveCampaign(ServerConfig(rate_per_second=0, import_delay=0.05)) as server:
        monkeypatch.setenv("AC_API_URL", server.base_url)
        monkeypatch.setenv("AC_API_TOKEN", server.config.token)
        monkeypatch.setenv("AC_RATE_LIMIT", "1000")
        # dlt (the exporting guide): its pipelines under the test's folder, and no telemetry (no network).
        monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt"))
        monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
        monkeypatch.chdir(tmp_path)
        yield server


class Page:
    """One page's session: its namespace and the open clients a fragment's `ac` stands for."""

    def __init__(self, server: LocalActiveCampaign) -> None:
        self.server = server
        options: dict[str, Any] = {"limiter": NoRateLimit(), "import_limiter": NoRateLimit()}
        self.sync = ActiveCampaign(server.base_url, server.config.token, import_policy=FAST_IMPORTS, **options)
        self.async_ = AsyncActiveCampaign(
            server.base_url,
            server.config.token,
            httpx_client=httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0)),
            import_policy=FAST_IMPORTS,
            **options,
        )
        self.namespace: dict[str, Any] = {"__name__": "__doc__"}

    def run(self, block: Block) -> None:
        if block.language == "sh":
            self.run_commands(block)
            return
        code = compile(block.code, block.where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        is_async = bool(code.co_flags & inspect.CO_COROUTINE)
        current = self.namespace.get("ac")
        if current is None or current in (self.sync, self.async_) or _closed(current):
            self.namespace["ac"] = self.async_ if is_async else self.sync
        for given in block.given:
            exec(given, {**self.namespace, "server": self.server}, self.namespace)
        try:
            if is_async:
                asyncio.run(eval(code, self.namespace))
            else:
                exec(code, self.namespace)
            for then in block.then:
                exec(then, {**self.namespace, "server": self.server}, self.namespace)
        except Exception as error:
            raise AssertionError(f"{block.where}: the block failed with {type(error).__name__}: {error}") from error

    def run_commands(self, block: Block) -> None:
        """The block's `activecampaign ...` lines, through the console script's entry point."""
        for given in block.given:
            exec(given, {**self.namespace, "server": self.server}, self.namespace)
        for number, line in enumerate(block.code.splitlines(), start=block.line + 1):
            words = shlex.split(line, comments=True)
            if not words or words[0] != "activecampaign":
                continue
            output: Path | None = None
            if ">" in words:
                output = Path(words[words.index(">") + 1])
                words = words[: words.index(">")]
            stdout = io.StringIO()
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(io.StringIO()) as stderr:
                code = run(words[1:])
            if output is not None:
                output.write_text(stdout.getvalue(), encoding="utf-8")
            where = f"{block.page.relative_to(ROOT)}:{number}"
            assert code == 0, f"{where}: `{line.strip()}` exited {code}: {stderr.getvalue()[-2000:]}"
        for then in block.then:
            exec(then, {**self.namespace, "server": self.server}, self.namespace)

    def close(self) -> None:
        self.sync.close()
        asyncio.run(self.async_.close())


def _closed(client: object) -> bool:
    http = getattr(client, "_http", None)
    return bool(getattr(http, "is_closed", False))


@pytest.mark.parametrize("page", PAGES, ids=[str(page.relative_to(ROOT)) for page in PAGES])
def test_every_code_block_of_the_page_runs(page: Path, account: LocalActiveCampaign) -> None:
    found = blocks(page)
    session = Page(account)
    try:
        for block in found:
            if block.skip is not None:
                assert len(block.skip) > 10, f"{block.where}: a block that does not run says why"
            elif block.pytest_file is None:
                session.run(block)
    finally:
        session.close()


def pytest_pages() -> list[Path]:
    return [page for page in PAGES if any(block.pytest_file for block in blocks(page))]


@pytest.mark.parametrize("page", pytest_pages(), ids=[str(page.relative_to(ROOT)) for page in pytest_pages()])
def test_the_pytest_recipes_of_the_page_pass_with_the_installed_plugin(page: Path, tmp_path: Path) -> None:
    """The page's test files and conftest, in a folder of their own, under a fresh pytest that loads the
    package's plugin by its entry point, as a user's project would."""
    recipes = [block for block in blocks(page) if block.pytest_file]
    tests = 0
    for block in recipes:
        assert block.pytest_file is not None
        target = tmp_path / block.pytest_file
        target.write_text(target.read_text() + "\n\n" + block.code if target.exists() else block.code)
        tests += (
            block.code.count("\ndef test_") + block.code.startswith("def test_") + block.code.count("\nasync def test_")
        )
    environment = {key: value for key, value in os.environ.items() if key != "PYTEST_DISABLE_PLUGIN_AUTOLOAD"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly", str(tmp_path)],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{tests} passed" in done.stdout, done.stdout


def first_example(page: Path) -> str:
    return next(
        block.code for block in blocks(page) if block.language == "python" and not block.skip and not block.pytest_file
    )


def test_readme_front_page_and_quickstart_show_the_same_first_example(
    account: LocalActiveCampaign, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = first_example(ROOT / "README.md")
    assert first_example(ROOT / "docs" / "index.md") == readme
    quickstart = (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8")
    body = "".join(line.removeprefix("    ") + "\n" for line in quickstart.splitlines())
    example = readme.split("\n", 2)[2]  # the example without its import line
    assert example in body, "examples/quickstart.py does not start with the README's first example"

    from examples.quickstart import main

    main()  # on a fresh account, as a new user's first run is
    main()  # and again: the list is found, the contact updated
    printed = capsys.readouterr().out
    assert "contact 1 is tagged VIP" in printed and "contact 1 is subscribed to list 1" in printed
    assert account.contact_emails() == ["ada@example.com"]
