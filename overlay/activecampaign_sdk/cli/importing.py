"""`activecampaign import contacts.csv`: a CSV through `ac.bulk_import`, with progress and a per-row outcome file.

Columns: `email` (required), `first_name`/`firstName`, `last_name`/`lastName`, `phone`, and
custom fields by perstag (`COMPANY_SIZE` or `%COMPANY_SIZE%`, any case). `--tag` and `--list`
apply to every row; a list is named by id, name or stringid and resolved once, before the
import. Unknown columns, lists and perstags stop the command before anything is sent.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .._sync.client import ActiveCampaign
from ..bulk_import import COMPLETED, ImportProgress, ImportRow
from ..errors import ActiveCampaignError
from . import EXIT_FAILED, EXIT_OK
from .csv_source import AUTO, CsvInputError, CsvSource, Record, read_source
from .replacing import replacing

logger = logging.getLogger("activecampaign_sdk")

# CSV header (lower case, without spaces, dashes or underscores) -> the key of a bulk import row.
STANDARD_COLUMNS = {
    "email": "email",
    "emailaddress": "email",
    "firstname": "first_name",
    "lastname": "last_name",
    "phone": "phone",
}


@dataclasses.dataclass(frozen=True)
class ColumnPlan:
    """Which CSV column becomes which part of a row."""

    standard: dict[str, str]  # column -> row key
    fields: dict[str, int]  # column -> custom field id


def _squashed(column: str) -> str:
    return column.strip().lower().replace(" ", "").replace("_", "").replace("-", "")


def _perstag(column: str) -> str:
    return column.strip().strip("%").upper()


def plan_columns(header: list[str], field_ids: dict[str, int]) -> ColumnPlan:
    """Map the header; a usage error names every column that is neither standard nor a known perstag."""
    standard: dict[str, str] = {}
    fields: dict[str, int] = {}
    unknown: list[str] = []
    for column in header:
        key = STANDARD_COLUMNS.get(_squashed(column))
        if key is not None:
            standard[column] = key
        elif _perstag(column) in field_ids:
            fields[column] = field_ids[_perstag(column)]
        elif column.strip():
            unknown.append(column)
    if "email" not in standard.values():
        raise click.UsageError(f"the CSV has no email column (its columns: {', '.join(header) or 'none'})")
    if unknown:
        raise click.UsageError(
            f"unknown column(s) {', '.join(map(repr, unknown))}: expected email, first_name, last_name, phone "
            "or the perstag of a custom field of the account"
        )
    return ColumnPlan(standard, fields)


def custom_field_ids(ac: ActiveCampaign) -> dict[str, int]:
    """Every custom field's perstag (upper case) -> its id, read once."""
    found: dict[str, int] = {}
    for item in ac.paginate(ac.custom_fields.list_fields):
        if isinstance(item.perstag, str) and item.perstag and item.id.isdigit():
            found[item.perstag.upper()] = int(item.id)
    return found


def list_ids(ac: ActiveCampaign, wanted: tuple[str, ...]) -> list[str]:
    """The ids of the lists named by id, name or stringid (case-insensitive), each looked up once."""
    if not wanted:
        return []
    names = [name for name in wanted if not name.strip().isdigit()]
    by_name: dict[str, str] = {}
    if names:
        for item in ac.paginate(ac.lists.list_lists):
            for label in (item.name, item.stringid):
                if isinstance(label, str):
                    by_name.setdefault(label.casefold(), item.id)
    missing = [name for name in names if name.strip().casefold() not in by_name]
    if missing:
        raise click.UsageError(f"no list named {', '.join(map(repr, missing))} in the account")
    ids = [name.strip() if name.strip().isdigit() else by_name[name.strip().casefold()] for name in wanted]
    return list(dict.fromkeys(ids))


def email_column(header: list[str]) -> int | None:
    """The position of the e-mail column, if the header has one."""
    return next((i for i, column in enumerate(header) if STANDARD_COLUMNS.get(_squashed(column)) == "email"), None)


def import_row(record: Record, header: list[str], plan: ColumnPlan, tags: list[str], lists: list[str]) -> ImportRow:
    """One CSV record as a bulk import row (cells past the end of a short record are empty)."""
    cells = dict(zip(header, record.cells, strict=False))
    row: dict[str, Any] = {}
    for column, key in plan.standard.items():
        value = (cells.get(column) or "").strip()
        if value or key == "email":
            row[key] = value
    values = [
        {"id": field_id, "value": cells[column]}
        for column, field_id in plan.fields.items()
        if (cells.get(column) or "").strip()
    ]
    if values:
        row["fields"] = values
    if tags:
        row["tags"] = tags
    if lists:
        row["subscribe"] = [{"listid": list_id} for list_id in lists]
    # Keys come from the column plan (ImportRow's own names); bulk_import checks every row again.
    return cast(ImportRow, row)


OUTCOME_COLUMNS = ("line", "email", "status", "reason", "batch_id")


@dataclasses.dataclass(frozen=True)
class LineOutcome:
    """What became of the record on one line of the CSV."""

    line: int
    email: str | None
    status: str
    reason: str | None
    batch_id: str | None


class OutcomeLog:
    """The outcome file, written as outcomes happen: a line per row each time its outcome is set or changes
    (queued, then succeeded), flushed before the next batch is sent. The last line of a row is its outcome;
    a completed run rewrites the file with one line per row, in the order of the CSV."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        self.append = append  # appending to the file given as --resume
        self.jsonl = path.suffix.lower() in (".jsonl", ".ndjson")
        fresh = not append or not path.exists() or path.stat().st_size == 0
        self.stream = path.open("a" if append else "w", newline="", encoding="utf-8")
        self.writer = csv.DictWriter(self.stream, fieldnames=OUTCOME_COLUMNS)
        if fresh and not self.jsonl:
            self.writer.writeheader()
        self.written: set[int] = set()

    def write(self, outcomes: Iterable[LineOutcome]) -> None:
        """Append these outcomes in one write, flushed: a Ctrl-C cannot leave half a line behind."""
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=OUTCOME_COLUMNS)
        lines: list[int] = []
        for outcome in outcomes:
            record = dataclasses.asdict(outcome)
            if self.jsonl:
                text.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                writer.writerow(record)
            lines.append(outcome.line)
        self.stream.write(text.getvalue())
        self.stream.flush()
        self.written.update(lines)

    def close(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()

    def compact(self) -> list[LineOutcome]:
        """Rewrite the file (atomically) with the last outcome of each line, in line order; returns them."""
        final = sorted(read_outcomes(self.path).values(), key=lambda outcome: outcome.line)
        with replacing(self.path, "--resume" if self.append else "--outcomes") as rewrite:
            if self.jsonl:
                for outcome in final:
                    rewrite.stream.write(json.dumps(dataclasses.asdict(outcome), ensure_ascii=False) + "\n")
            else:
                writer = csv.DictWriter(rewrite.stream, fieldnames=OUTCOME_COLUMNS)
                writer.writeheader()
                writer.writerows(dataclasses.asdict(outcome) for outcome in final)
            rewrite.commit()
        return final

    @staticmethod
    def check(path: Path, option: str) -> None:
        """Before anything is sent: the file opens for appending (nothing in it is lost) and its folder takes
        the rewrite's temporary file; `click.BadParameter` naming `option` otherwise."""
        existed = path.exists()
        try:
            with path.open("a", encoding="utf-8"):
                pass
        except OSError as error:
            raise click.BadParameter(f"cannot write {path}: {error.strerror or error}", param_hint=option) from None
        if not existed:
            path.unlink()
        with replacing(path, option):
            pass


def read_outcomes(path: Path) -> dict[int, LineOutcome]:
    """The last outcome of each line in an outcome file (CSV or JSON lines); `CsvInputError` if it is none."""
    found: dict[int, LineOutcome] = {}
    jsonl = path.suffix.lower() in (".jsonl", ".ndjson")
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            entries: Iterable[Any] = (
                (json.loads(text) for text in handle if text.strip()) if jsonl else csv.DictReader(handle)
            )
            for number, entry in enumerate(entries, start=1 if jsonl else 2):
                try:
                    line = int(entry["line"])
                    found[line] = LineOutcome(
                        line, entry.get("email") or None, str(entry["status"]), entry.get("reason") or None,
                        entry.get("batch_id") or None,
                    )  # fmt: skip
                except (KeyError, TypeError, ValueError, AttributeError):
                    raise CsvInputError(
                        path, "not an outcome file of `activecampaign import` (each row has line and status)",
                        line=number,
                    ) from None  # fmt: skip
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as error:
        raise CsvInputError(path, f"not an outcome file of `activecampaign import`: {error}") from None
    return found


@dataclasses.dataclass
class ImportPlan:
    """Which records go to the API, in order (their lines), and which are settled before anything is sent."""

    source: CsvSource
    to_send: int
    duplicates: dict[int, tuple[int, str]]  # line -> (the line of the first row with the e-mail, the e-mail)
    done_before: int  # rows with an outcome in the resumed file


def plan_import(source: CsvSource, skip: set[int]) -> ImportPlan:
    """Count the rows to send; the first row with an e-mail (case aside) wins, the later ones are duplicates."""
    column = email_column(source.header)
    assert column is not None, "plan_columns checked the e-mail column"
    first_line: dict[str, int] = {}
    duplicates: dict[int, tuple[int, str]] = {}
    to_send = done_before = 0
    for record in source.records():
        email = record.cells[column].strip() if column < len(record.cells) else ""
        key = email.casefold()
        if key and key in first_line:
            duplicates[record.line] = (first_line[key], email)
        elif key:
            first_line[key] = record.line
        if record.line in skip:
            done_before += 1
        elif record.line not in duplicates:
            to_send += 1
    return ImportPlan(source, to_send, duplicates, done_before)


class Rows:
    """The rows to send, read lazily, with their number (so `bulk_import` reports a total); `lines[i]` is
    the CSV line of the i-th row sent."""

    def __init__(self, plan: ImportPlan, skip: set[int], make: Callable[[Record], ImportRow]) -> None:
        self.plan = plan
        self.skip = skip
        self.make = make
        self.lines: list[int] = []
        # Set when the run stopped while the next rows were being read: the batch they were gathered
        # into was never sent. (`bulk_import` reads on only once the batch before was sent and answered.)
        self.stopped_reading = False

    def __len__(self) -> int:
        return self.plan.to_send

    def __iter__(self) -> Iterator[ImportRow]:
        try:
            for record in self.plan.source.records():
                if record.line in self.skip or record.line in self.plan.duplicates:
                    continue
                row = self.make(record)
                self.lines.append(record.line)
                yield row
        except (KeyboardInterrupt, Exception):
            self.stopped_reading = True
            raise


@click.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
@click.option("--tag", "tags", multiple=True, help="Tag every imported contact (a name; repeatable).")
@click.option(
    "--list", "lists", multiple=True, help="Subscribe every contact to this list (id, name or stringid; repeatable)."
)
@click.option(
    "--outcomes",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Where each row's outcome goes: .jsonl for JSON lines, else CSV (default: CSV_FILE.outcomes.csv, "
    "or the --resume file).",
)
@click.option(
    "--resume",
    type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path),
    metavar="OUTCOMES",
    help="The outcome file of an interrupted run: import only the rows it holds no outcome for.",
)
@click.option(
    "--encoding",
    default=AUTO,
    show_default=True,
    help="The file's encoding (auto: a byte order mark, else UTF-8; e.g. cp1252 for Excel on Windows).",
)
@click.option(
    "--delimiter",
    default=None,
    help="The column delimiter (default: told from the header among , ; tab and |).",
)
@click.option("--no-wait", is_flag=True, help="Return once every batch is queued, without waiting for the API.")
@click.pass_context
def import_contacts(
    ctx: click.Context,
    csv_file: Path,
    tags: tuple[str, ...],
    lists: tuple[str, ...],
    outcomes: Path | None,
    resume: Path | None,
    encoding: str,
    delimiter: str | None,
    no_wait: bool,
) -> int:
    """Import the contacts of a CSV through the bulk import API (250 a request), with a progress bar.

    Columns: email (required), first_name, last_name, phone, and custom fields by perstag. The file is
    read whole and checked before anything is sent (encoding, delimiter, every record): what cannot be
    read stops the command (exit 2) naming the line and column. Blank rows are skipped; a row whose
    e-mail (case aside) an earlier row already has is a duplicate, not sent (the first row wins).

    Each row's outcome (its line in the file, e-mail, status: succeeded, failed with the reason, unknown
    when the API's answer could not be read, or still queued; and its batch) is written to the outcome
    file as it happens, before the next batch is sent. After Ctrl-C, `--resume OUTCOMES` imports only
    the rows with no outcome, so nothing is imported twice. Exits 1 when any row failed or is unknown.
    """
    from .app import session

    blank_tags = [tag for tag in tags if not tag.strip()]
    if blank_tags:
        raise click.BadParameter("a tag name cannot be blank", param_hint="--tag")
    if delimiter == "\\t":
        delimiter = "\t"
    source = read_source(
        csv_file, encoding=encoding, delimiter=delimiter, has_email=lambda header: email_column(header) is not None
    )
    if email_column(source.header) is None:
        raise click.UsageError(f"the CSV has no email column (its columns: {', '.join(source.header) or 'none'})")
    target = outcomes or resume or csv_file.with_name(csv_file.name + ".outcomes.csv")
    option = "--resume" if target == resume else "--outcomes"
    if target.resolve() == csv_file.resolve():
        raise click.BadParameter(
            f"{target} is the CSV being imported: the outcomes would overwrite it", param_hint=option
        )
    earlier = read_outcomes(resume) if resume is not None else {}
    skip = set(earlier)
    plan = plan_import(source, skip)
    if resume is None and target.exists() and target.stat().st_size > 0:
        # The outcomes of an import that did not finish: starting over would send its rows again.
        unfinished = plan_import(source, set(read_outcomes(target))).to_send
        if 0 < unfinished < plan.to_send:
            raise CsvInputError(
                target,
                f"holds the outcomes of an import of this file that did not finish ({unfinished} rows have none): "
                f"`--resume {target}` imports only those; delete the file to import every row again",
            )

    OutcomeLog.check(target, option)
    ac = session(ctx).client()
    wants_fields = any(_squashed(column) not in STANDARD_COLUMNS and column.strip() for column in source.header)
    columns_plan = plan_columns(source.header, custom_field_ids(ac) if wants_fields else {})
    list_refs = list_ids(ac, lists)
    clean_tags = [t.strip() for t in tags]

    say = Console(stderr=True, highlight=False, soft_wrap=True)
    shown_delimiter = "tab" if source.delimiter == "\t" else repr(source.delimiter)
    say.print(f"import {csv_file}: {source.encoding}, delimiter {shown_delimiter}, {plan.to_send} rows to send")
    if source.blank_lines:
        which = "line" if len(source.blank_lines) == 1 else "lines"
        say.print(f"skipped {len(source.blank_lines)} blank row(s) ({which} {_lines(source.blank_lines)})")
    if resume is not None:
        say.print(f"resuming: {plan.done_before} row(s) already have an outcome in {resume}; they are not sent again")
    log = OutcomeLog(target, append=target == resume)
    if earlier and target != resume:
        log.write(sorted(earlier.values(), key=lambda outcome: outcome.line))
    settled = settle_queued(ac, earlier)  # checked again once this run's own batches are done
    log.write(settled)
    duplicates = [
        LineOutcome(line, email, "failed", f"duplicate of line {first}: the same e-mail; not sent (the first row wins)",
                    None)
        for line, (first, email) in sorted(plan.duplicates.items())
        if line not in skip
    ]  # fmt: skip
    if duplicates:
        log.write(duplicates)
        shown = ", ".join(f"line {d.line} (as line {plan.duplicates[d.line][0]})" for d in duplicates[:5])
        more = f" and {len(duplicates) - 5} more" if len(duplicates) > 5 else ""
        say.print(f"{len(duplicates)} row(s) repeat the e-mail of an earlier row and are not sent: {shown}{more}")

    rows = Rows(plan, skip, lambda record: import_row(record, source.header, columns_plan, clean_tags, list_refs))
    batch_ids: list[str] = []
    bar = (TextColumn("[bold]import[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[counts]}"),
           TimeElapsedColumn())  # fmt: skip
    try:
        with Progress(*bar, console=say) as progress:
            task = progress.add_task("import", total=len(rows), counts="")

            def show(update: ImportProgress) -> None:
                log.write(
                    LineOutcome(rows.lines[o.index], o.email, o.status, o.reason, o.batch_id) for o in update.changed
                )
                batch_ids[:] = update.batch_ids
                progress.update(
                    task,
                    completed=update.succeeded + update.failed + update.unknown + (update.queued if no_wait else 0),
                    counts=f"{update.succeeded} ok, {update.failed} failed, {update.unknown} unknown, "
                    f"{update.queued} queued",
                )

            result = ac.bulk_import(rows, wait=not no_wait, progress=show)
    except BaseException:
        _interrupted(say, log, rows, batch_ids, csv_file)
        raise
    if earlier and not no_wait:
        done = {outcome.line for outcome in settled}
        later = settle_queued(ac, {line: outcome for line, outcome in earlier.items() if line not in done})
        log.write(later)
        settled += later
    if settled:
        say.print(f"{len(settled)} row(s) queued by the earlier run are now settled (their batches completed)")
    log.close()
    final = log.compact()
    counts = {status: 0 for status in ("succeeded", "failed", "unknown", "queued")}
    for outcome in final:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    click.echo(
        f"{len(result.rows)} rows sent: {len(result.succeeded)} succeeded, {len(result.failed)} failed, "
        f"{len(result.unknown)} unknown (may have been imported), {len(result.queued)} queued"
        + (f"; {len(duplicates)} duplicate(s) not sent" if duplicates else "")
        + f"; outcomes in {target}",
        err=True,
    )
    return EXIT_FAILED if counts["failed"] or counts["unknown"] else EXIT_OK


def settle_queued(ac: ActiveCampaign, earlier: dict[int, LineOutcome]) -> list[LineOutcome]:
    """The rows an earlier run left queued whose batch has completed since: one status check per batch."""
    by_batch: dict[str, list[LineOutcome]] = {}
    for outcome in earlier.values():
        if outcome.status == "queued" and outcome.batch_id:
            by_batch.setdefault(outcome.batch_id, []).append(outcome)
    settled: list[LineOutcome] = []
    for batch_id, queued in by_batch.items():
        try:
            info = ac.imports.get_bulk_import_info(batch_id=batch_id)
        except ActiveCampaignError as error:  # a batch the API no longer knows: its rows stay queued
            logger.warning("import: could not check batch %s: %s", batch_id, error)
            continue
        if info.status != COMPLETED:
            continue
        failed = {email.casefold() for email in info.failure or () if isinstance(email, str)}
        for row in queued:
            lost = (row.email or "").casefold() in failed
            reason = "the import failed for this contact" if lost else None
            settled.append(dataclasses.replace(row, status="failed" if lost else "succeeded", reason=reason))
    return sorted(settled, key=lambda outcome: outcome.line)


def _interrupted(say: Console, log: OutcomeLog, rows: Rows, batch_ids: list[str], csv_file: Path) -> None:
    """After Ctrl-C (or any failure) mid-import: record the rows in flight, and say what was queued and what next.

    Rows handed to `bulk_import` without an outcome yet are the batch being gathered or sent. Stopped while
    the rows were being read, that batch was never sent: its rows keep no outcome, and `--resume` sends
    them. Stopped anywhere else (waiting for a permit, or during the POST), it may have been queued: its
    rows are recorded as unknown, so `--resume` never sends them twice.
    """
    pending = [line for line in rows.lines if line not in log.written]
    in_flight = [] if rows.stopped_reading else pending
    log.write(
        LineOutcome(line, None, "unknown",
                    "the run stopped while this row's batch was being sent: it may have been queued; not resent "
                    "(check this contact before importing it again)", None)
        for line in in_flight
    )  # fmt: skip
    log.close()
    queued = f"{len(batch_ids)} batch(es) were queued ({', '.join(batch_ids)})" if batch_ids else "no batch was queued"
    say.print(
        f"import stopped: {queued}; the API imports queued batches even so. "
        + (f"{len(in_flight)} row(s) of the batch being sent are recorded as unknown. " if in_flight else "")
        + f"Outcomes so far in {log.path}; `activecampaign import {csv_file} --resume {log.path}` imports the rest."
    )


def _lines(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:10]))
    return shown + (f" and {len(lines) - 10} more" if len(lines) > 10 else "")
