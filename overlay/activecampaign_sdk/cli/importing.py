"""`activecampaign import contacts.csv`: a CSV through `ac.bulk_import`, with progress and a per-row outcome file.

Columns: `email` (required), `first_name`/`firstName`, `last_name`/`lastName`, `phone`, and
custom fields by perstag (`COMPANY_SIZE` or `%COMPANY_SIZE%`, any case). `--tag` and `--list`
apply to every row; a list is named by id, name or stringid and resolved once, before the
import. Unknown columns, lists and perstags stop the command before anything is sent.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .._sync.client import ActiveCampaign
from ..bulk_import import BulkImportResult, ImportProgress, ImportRow
from . import EXIT_FAILED, EXIT_OK

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


def rows(path: Path, plan: ColumnPlan, tags: list[str], lists: list[str]) -> Iterator[ImportRow]:
    """The CSV's records as bulk import rows, read one at a time."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for record in csv.DictReader(handle):
            row: dict[str, Any] = {}
            for column, key in plan.standard.items():
                value = (record.get(column) or "").strip()
                if value or key == "email":
                    row[key] = value
            values = [
                {"id": field_id, "value": record[column]}
                for column, field_id in plan.fields.items()
                if (record.get(column) or "").strip()
            ]
            if values:
                row["fields"] = values
            if tags:
                row["tags"] = tags
            if lists:
                row["subscribe"] = [{"listid": list_id} for list_id in lists]
            # Keys come from the column plan (ImportRow's own names); bulk_import checks every row again.
            yield cast(ImportRow, row)


def count_records(path: Path) -> int:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def write_outcomes(result: BulkImportResult, path: Path) -> None:
    """One line per input row, in input order: JSON lines for a `.jsonl` path, else CSV."""
    names = [item.name for item in dataclasses.fields(result.rows[0])] if result.rows else ["index"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            for outcome in result.rows:
                handle.write(json.dumps(dataclasses.asdict(outcome), ensure_ascii=False) + "\n")
            return
        writer = csv.DictWriter(handle, fieldnames=names)
        writer.writeheader()
        for outcome in result.rows:
            writer.writerow(dataclasses.asdict(outcome))


@click.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
@click.option("--tag", "tags", multiple=True, help="Tag every imported contact (a name; repeatable).")
@click.option(
    "--list", "lists", multiple=True, help="Subscribe every contact to this list (id, name or stringid; repeatable)."
)
@click.option(
    "--outcomes",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Where each row's outcome goes: .jsonl for JSON lines, else CSV (default: CSV_FILE.outcomes.csv).",
)
@click.option("--no-wait", is_flag=True, help="Return once every batch is queued, without waiting for the API.")
@click.pass_context
def import_contacts(
    ctx: click.Context,
    csv_file: Path,
    tags: tuple[str, ...],
    lists: tuple[str, ...],
    outcomes: Path | None,
    no_wait: bool,
) -> int:
    """Import the contacts of a CSV through the bulk import API (250 a request), with a progress bar.

    Columns: email (required), first_name, last_name, phone, and custom fields by perstag. At the end
    every row's outcome (succeeded, failed with the reason, unknown when the API's answer could not be
    read, or still queued) is written to the outcome file. Exits 1 when any row failed or is unknown.
    """
    from .app import session

    blank_tags = [tag for tag in tags if not tag.strip()]
    if blank_tags:
        raise click.BadParameter("a tag name cannot be blank", param_hint="--tag")
    with csv_file.open(newline="", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle), [])
    ac = session(ctx).client()
    wants_fields = any(_squashed(column) not in STANDARD_COLUMNS and column.strip() for column in header)
    plan = plan_columns(header, custom_field_ids(ac) if wants_fields else {})
    list_refs = list_ids(ac, lists)
    total = count_records(csv_file)
    target = outcomes or csv_file.with_name(csv_file.name + ".outcomes.csv")

    console = Console(stderr=True)
    columns = (
        TextColumn("[bold]import[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("import", total=total, counts="")

        def show(update: ImportProgress) -> None:
            progress.update(
                task,
                completed=update.succeeded + update.failed + update.unknown + (update.queued if no_wait else 0),
                counts=(
                    f"{update.succeeded} ok, {update.failed} failed, {update.unknown} unknown, {update.queued} queued"
                ),
            )

        result = ac.bulk_import(rows(csv_file, plan, [t.strip() for t in tags], list_refs), wait=not no_wait,
                                progress=show)  # fmt: skip
    write_outcomes(result, target)
    click.echo(
        f"{len(result.rows)} rows: {len(result.succeeded)} succeeded, {len(result.failed)} failed, "
        f"{len(result.unknown)} unknown (may have been imported), {len(result.queued)} queued; outcomes in {target}",
        err=True,
    )
    return EXIT_FAILED if result.failed or result.unknown else EXIT_OK
