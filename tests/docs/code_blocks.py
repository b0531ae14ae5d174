"""The Python code blocks of a Markdown page, with the markers that say how each one runs.

A marker is an HTML comment on the line(s) just before a block's opening fence (invisible on the
rendered page):

- `<!-- doc: skip: WHY -->`: not run; WHY says what it needs that a test cannot have.
- `<!-- doc: given: CODE -->`: CODE (one line of Python) runs first, for names the prose assumes
  (an incoming webhook's body, a cursor saved by an earlier run). `server` is the local account.
- `<!-- doc: then: CODE -->`: CODE (one line) runs after the block: a check of what the block
  promises that a helper reports rather than raises (`assert result.ok`).
- `<!-- doc: pytest: FILE -->`: the block is FILE of a pytest run (conftest.py or test_*.py);
  the page's pytest blocks run together, in a fresh pytest, with the package's plugin.

Shell blocks (```sh): each line that runs the `activecampaign` command runs, in order with the
page's Python blocks, through the command's own entry point (same parsing, same exit codes), in the
page's folder; `> FILE` takes its standard output. It must exit 0. Other lines (`pip install`,
`export AC_API_URL=...`, `make`) are the reader's set-up, which the test provides.

Every other Python block runs as it is, in order, in one namespace per page (as in a Python session), with
top-level `await` allowed, against a fresh local ActiveCampaign on 127.0.0.1 that AC_API_URL and
AC_API_TOKEN point to. A name a block uses without defining it (such as `ac` in a fragment) is the
page's open client, as the prose around it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```(\w*)\s*$")
MARKER = re.compile(r"^<!--\s*doc:\s*(skip|given|then|pytest):\s*(.*?)\s*-->\s*$")
# The pages whose code a user copies: the README, the front page and every guide.
PAGES = [ROOT / "README.md", ROOT / "docs" / "index.md", *sorted((ROOT / "docs" / "guides").glob("*.md"))]


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # the line of the opening fence
    code: str
    skip: str | None = None
    given: tuple[str, ...] = ()
    then: tuple[str, ...] = ()
    pytest_file: str | None = None
    language: str = "python"

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    """The page's ```python and ```sh blocks, each with the markers just above it."""
    found: list[Block] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    number = 0
    while number < len(lines):
        fence = FENCE.match(lines[number])
        if fence is None:
            number += 1
            continue
        start = number
        end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("```"))
        if fence.group(1) in ("python", "sh"):
            skip: str | None = None
            given: list[str] = []
            then: list[str] = []
            pytest_file: str | None = None
            above = start - 1
            while above >= 0 and (marker := MARKER.match(lines[above])):
                kind, text = marker.groups()
                if kind == "skip":
                    skip = text
                elif kind == "given":
                    given.insert(0, text)
                elif kind == "then":
                    then.insert(0, text)
                else:
                    pytest_file = text
                above -= 1
            code = "\n".join(lines[start + 1 : end]) + "\n"
            found.append(Block(page, start + 1, code, skip, tuple(given), tuple(then), pytest_file, fence.group(1)))
        number = end + 1
    return found
