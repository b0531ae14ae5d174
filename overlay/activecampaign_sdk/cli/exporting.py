"""`activecampaign export contacts`: every item of a list, page by page, as JSON lines or CSV.

One page (at most 100 items) is held at a time and written before the next is asked for, so
an export of any size runs in the same memory; the progress bar counts against the API's
`meta.total`.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .._sync.client import ActiveCampaign
from ..pagination import MAX_PAGE_SIZE

# What can be exported: the list operation behind each name.
EXPORTS: dict[str, Callable[[ActiveCampaign], Callable[..., Any]]] = {
    "contacts": lambda ac: ac.contacts.list_contacts,
    "tags": lambda ac: ac.tags.list_tags,
    "lists": lambda ac: ac.lists.list_lists,
    "accounts": lambda ac: ac.accounts.list_accounts,
    "deals": lambda ac: ac.deals.list_deals,
}


def _cell(value: Any) -> Any:
    """A CSV cell: scalars as they are, nested objects and arrays as JSON."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


class CsvOut:
    """CSV whose columns are those of the first page (later keys are left out; nested values are JSON)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.writer: csv.DictWriter[str] | None = None

    def write(self, items: list[dict[str, Any]]) -> None:
        if not items:
            return
        if self.writer is None:
            columns = list(dict.fromkeys(key for item in items for key in item))
            self.writer = csv.DictWriter(self.stream, fieldnames=columns, extrasaction="ignore")
            self.writer.writeheader()
        for item in items:
            self.writer.writerow({key: _cell(value) for key, value in item.items()})


class JsonLinesOut:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, items: list[dict[str, Any]]) -> None:
        for item in items:
            self.stream.write(json.dumps(item, ensure_ascii=False) + "\n")


@click.command("export")
@click.argument("what", type=click.Choice(sorted(EXPORTS)), metavar="WHAT")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True, help="Output format."
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True, path_type=Path),
    default=None,
    help="The file to write (default: standard output).",
)
@click.option(
    "--page-size",
    type=click.IntRange(1, MAX_PAGE_SIZE),
    default=MAX_PAGE_SIZE,
    show_default=True,
    help="Items per request.",
)
@click.pass_context
def export(ctx: click.Context, what: str, fmt: str, output: Path | None, page_size: int) -> None:
    """Write every item of WHAT (contacts, tags, lists, accounts or deals) as JSON lines or CSV.

    Items are fetched page by page and written as they come, in constant memory, with a progress bar
    on standard error. JSON lines hold each item as the API sent it; CSV has the columns of the first
    page, nested values as JSON.
    """
    from .app import session

    ac = session(ctx).client()
    operation = EXPORTS[what](ac)
    with ExitStack() as stack:
        if output is None or str(output) == "-":
            stream: IO[str] = sys.stdout
        else:
            stream = stack.enter_context(output.open("w", newline="", encoding="utf-8"))
        writer = CsvOut(stream) if fmt == "csv" else JsonLinesOut(stream)
        columns = (
            TextColumn(f"[bold]export {what}[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=Console(stderr=True)) as progress:
            task = progress.add_task(what, total=None)
            for page in ac.paginate(operation, page_size=page_size).pages():
                writer.write([item.to_dict() for item in page.items])
                stream.flush()
                progress.update(task, advance=len(page.items), total=page.total)
