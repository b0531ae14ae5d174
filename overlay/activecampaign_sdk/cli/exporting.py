"""`activecampaign export COLLECTION --state FILE`: every record, then only what changed, as JSON lines or CSV;
`activecampaign load`: the account into a local DuckDB file (or any dlt destination) with the dlt source.

One page (at most 100 records) is held at a time and written before the next is asked for,
so an export of any size runs in the same memory. With `--output`, the records go to a
temporary file beside it, renamed over the output only when the walk completed; the state
file (the walk's `UpdateCursor`) is then replaced the same way. A run that fails or is
interrupted leaves the previous output and state as they were, and says so.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..changes import UpdateCursor
from ..errors import InvalidInputError
from ..feeds import Feed, feeds
from ..pagination import MAX_PAGE_SIZE
from .replacing import replacing

STATE_VERSION = 1
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any, *, raw: bool) -> Any:
    """A CSV cell: scalars as they are, nested objects and arrays as JSON, formulas defused unless `raw`."""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
    if not raw and isinstance(text, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


class CsvOut:
    """CSV whose columns are those of the first page (later keys are left out; nested values are JSON)."""

    def __init__(self, stream: IO[str], *, raw: bool = False) -> None:
        self.stream = stream
        self.raw = raw
        self.writer: csv.DictWriter[str] | None = None

    def write(self, items: list[dict[str, Any]]) -> None:
        if not items:
            return
        if self.writer is None:
            columns = list(dict.fromkeys(key for item in items for key in item))
            self.writer = csv.DictWriter(self.stream, fieldnames=columns, extrasaction="ignore")
            self.writer.writeheader()
        for item in items:
            self.writer.writerow({key: _cell(value, raw=self.raw) for key, value in item.items()})


class JsonLinesOut:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, items: list[dict[str, Any]]) -> None:
        for item in items:
            self.stream.write(json.dumps(item, ensure_ascii=False) + "\n")


def _how(feed: Feed) -> str:
    if feed.how == "filter":
        return f"changes by {feed.filter} on {feed.updated}"
    if feed.how == "ordered":
        return f"changes by {feed.order} on {feed.updated}"
    return "full every run"


class ExportCommand(click.Command):
    """Lists every exportable collection, and how each is exported, in its help."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for feed in feeds().values():
            needs = f" (needs --path-param {', '.join(feed.path_params)})" if feed.path_params else ""
            rows.append((feed.name, f"{feed.summary}. [{_how(feed)}]{needs}"))
        with formatter.section("Collections (each list operation of the API)"):
            formatter.write_dl(rows)


def read_state(path: Path, collection: str) -> UpdateCursor | None:
    """The cursor a previous run saved in `path`; None when the file does not exist yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        raise InvalidInputError(f"{path} is not a state file written by activecampaign export") from None
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        raise InvalidInputError(f"{path} is not a state file written by activecampaign export")
    cursor = UpdateCursor.from_json(data.get("cursor"))
    if cursor.collection != collection:
        raise InvalidInputError(f"{path} holds the state of {cursor.collection}, not {collection}")
    return cursor


def state_json(cursor: UpdateCursor, records: int, output: Path | None) -> str:
    state = {
        "version": STATE_VERSION,
        "cursor": cursor.to_json(),
        "last_run": {"records": records, "output": None if output is None else str(output)},
    }
    return json.dumps(state, indent=1) + "\n"


def _collection(value: str) -> str:
    name = value.replace("-", "_")
    if name not in feeds():
        raise click.BadParameter(f"{value!r} is not an exportable collection (see --help)", param_hint="COLLECTION")
    return name


def _pairs(values: tuple[str, ...], option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint=option)
        pairs[key] = text
    return pairs


@click.command("export", cls=ExportCommand)
@click.argument("collection", metavar="COLLECTION")
@click.option(
    "--state",
    "state_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The state file: the first run writes every record and the file; each later run only what changed.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True, help="Output format."
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default=None,
    help="The file to write, replaced only when the run completed (default: standard output).",
)
@click.option(
    "--page-size", type=click.IntRange(1, MAX_PAGE_SIZE), default=MAX_PAGE_SIZE, show_default=True,
    help="Records per request.",
)  # fmt: skip
@click.option("--raw", is_flag=True, help="CSV: write cells as they are (no quote before =, +, -, @, tab, CR).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter to add (repeatable).")
@click.option("--path-param", "path_params", multiple=True, metavar="NAME=VALUE", help="A path parameter (repeatable).")
@click.option(
    "--overlap", type=click.FloatRange(min=0), default=300.0, show_default=True,
    help="Seconds before the cursor asked for again (what the API's clock and replicas may lag).",
)  # fmt: skip
@click.pass_context
def export(
    ctx: click.Context,
    collection: str,
    state_path: Path | None,
    fmt: str,
    output: Path | None,
    page_size: int,
    raw: bool,
    params: tuple[str, ...],
    path_params: tuple[str, ...],
    overlap: float,
) -> None:
    """Write the records of COLLECTION as JSON lines (as the API sent them) or CSV.

    With --state, the first run writes every record and saves where it ended in the state file;
    each later run writes only the records created or changed since, and moves the state on. A
    collection the API cannot be asked what changed (marked "full every run" below) is written
    whole every run, and the command says so. With --output, output and state are replaced only
    when the run completed: a run that fails or is interrupted leaves both as they were. Records
    are fetched 100 a request and written as they come, in constant memory; progress goes to
    standard error. CSV has the columns of the first page, nested values as JSON, and a quote
    before a cell a spreadsheet would run as a formula (--raw: none).
    """
    from datetime import timedelta

    from .app import session

    name = _collection(collection)
    feed = feeds()[name]
    to_stdout = output is None or str(output) == "-"
    if state_path is not None and output is not None and not to_stdout and state_path.resolve() == output.resolve():
        raise click.BadParameter(f"{state_path} is also the output: the state would overwrite it", param_hint="--state")
    cursor = read_state(state_path, name) if state_path is not None else None
    ac = session(ctx).client()
    walk = ac.updated_since(
        name,
        cursor,
        page_size=page_size,
        overlap=timedelta(seconds=overlap),
        params=_pairs(params, "--param"),
        path_params=_pairs(path_params, "--path-param"),
        remember=state_path is not None,
    )
    say = Console(stderr=True, highlight=False, soft_wrap=True)
    if cursor is None or not feed.incremental:
        what = "every record" + ("" if feed.incremental else " (no update filter in the API: a full export each run)")
    else:
        since = cursor.since.isoformat() if cursor.since else "the start"
        what = f"records created or changed since {since}"
    written = 0
    with contextlib.ExitStack() as stack:
        # Both temporary files exist before the first request: a folder that cannot take them stops the
        # command (exit 2) before the walk, not after it.
        opened = None if to_stdout or output is None else stack.enter_context(replacing(output, "--output"))
        state_opened = None if state_path is None else stack.enter_context(replacing(state_path, "--state"))
        stream: IO[str] = sys.stdout if opened is None else opened.stream
        say.print(f"export {name}: {what}")
        try:
            writer = CsvOut(stream, raw=raw) if fmt == "csv" else JsonLinesOut(stream)
            columns = (TextColumn(f"[bold]export {name}[/]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            with Progress(*columns, console=say) as progress:
                task = progress.add_task(name, total=None)
                for number, page in enumerate(walk.pages()):
                    writer.write(page.records)
                    stream.flush()
                    written += len(page.records)
                    total = _first_total(page.body) if number == 0 and cursor is None else None
                    if total:
                        progress.update(task, total=total)
                    progress.update(task, advance=len(page.records))
            if opened is not None:
                opened.commit()
            if state_opened is not None:
                state_opened.stream.write(state_json(walk.cursor, written, None if to_stdout else output))
                state_opened.commit()
        except BaseException:
            kept = [str(p) for p in (None if to_stdout else output, state_path) if p is not None]
            left = f"{' and '.join(kept)} left as they were" if kept else "nothing saved"
            partial = "; standard output got part of it" if to_stdout and written else ""
            say.print(f"export {name}: did not complete after {walk.requests} request(s): {left}{partial}")
            raise
    where = "standard output" if to_stdout else str(output)
    kind = "records" if cursor is None or not feed.incremental else "new or changed records"
    say.print(f"export {name}: {written} {kind} to {where} in {walk.requests} request(s)")


def _first_total(body: dict[str, Any]) -> int | None:
    meta = body.get("meta")
    total = meta.get("total") if isinstance(meta, dict) else None
    if isinstance(total, int) and not isinstance(total, bool):
        return total
    return int(total) if isinstance(total, str) and total.isdigit() else None


@click.command("load")
@click.argument("collections", nargs=-1, metavar="[COLLECTION]...")
@click.option(
    "--database",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("activecampaign.duckdb"),
    show_default=True,
    help="The DuckDB file to load into (made when missing).",
)
@click.option("--dataset", default="activecampaign_data", show_default=True, help="The dataset (schema) of the tables.")
@click.option(
    "--destination",
    default="duckdb",
    show_default=True,
    help="Any dlt destination (bigquery, snowflake, postgres, filesystem, ...), configured as dlt documents.",
)
@click.option(
    "--pipelines-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where dlt keeps its working state (default: dlt's own, ~/.dlt/pipelines).",
)
@click.pass_context
def load(
    ctx: click.Context, collections: tuple[str, ...], database: Path, dataset: str, destination: str,
    pipelines_dir: Path | None,
) -> None:  # fmt: skip
    """Load the account into a local DuckDB file (or another dlt destination) with the dlt source.

    Each collection becomes a table keyed by `id`, merged on later runs: a later run loads only what
    changed where the API can be asked (contacts, deals, activities, automations, campaigns, custom
    objects) and the whole collection elsewhere. Without COLLECTION, the core collections are loaded
    (contacts, their tags, lists and field values, fields, tags, lists, deals, stages, pipelines,
    accounts, account contacts, users, automations, campaigns). Needs the `dlt` extra.
    """
    try:
        import dlt
    except ImportError:
        raise InvalidInputError(
            "activecampaign load needs the dlt extra: pip install 'activecampaign-sdk[dlt]'"
        ) from None
    from ..dlt import activecampaign_source
    from .app import session

    names = [_collection(name) for name in collections]
    state = session(ctx)
    source = activecampaign_source(
        collections=names or None, rate_limit=state.rate_limit, timeout=state.timeout, max_retries=state.max_retries
    )
    target: Any = dlt.destinations.duckdb(str(database)) if destination == "duckdb" else destination
    options: dict[str, Any] = {} if pipelines_dir is None else {"pipelines_dir": str(pipelines_dir)}
    pipeline = dlt.pipeline(pipeline_name="activecampaign", destination=target, dataset_name=dataset, **options)
    say = Console(stderr=True, highlight=False, soft_wrap=True)
    info = pipeline.run(source)
    counts = pipeline.last_trace.last_normalize_info.row_counts if pipeline.last_trace.last_normalize_info else {}
    loaded = ", ".join(f"{table} {rows}" for table, rows in sorted(counts.items()) if not table.startswith("_dlt"))
    where = str(database) if destination == "duckdb" else destination
    say.print(f"load: {loaded or 'nothing new'} into {where} (dataset {dataset})")
    if info.has_failed_jobs:
        raise click.ClickException("some load jobs failed; see dlt's trace")
