"""`activecampaign verify`: does this account answer as the spec says? A summary, and a report to send.

Reads (GET only) what the account serves, a bounded number of pages per list, within the
rate limit, and checks every answer against the bundled spec under the wire-tolerance policy.
The JSON report (`--report FILE`) names each disagreement by operation, JSON pointer, what the
spec expects and the JSON form observed; it holds no value of any answer.
"""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .. import spec_check
from .._sync.verify import verify_account
from ..verification import DEFAULT_MAX_PAGES, VerifyReport, plan, readable_operations
from . import EXIT_FAILED, EXIT_OK
from .replacing import replacing


@contextlib.contextmanager
def _progress(steps: int) -> Iterator[Callable[[str], None]]:
    columns = (TextColumn("[bold]verify[/] {task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("", total=steps)
        started = False

        def advance(operation: str) -> None:
            nonlocal started
            progress.update(task, advance=1 if started else 0, description=operation)
            started = True

        yield advance
        progress.update(task, completed=steps)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def summary(report: VerifyReport, console: Console) -> None:
    """The readable summary: what was read, what was skipped, and each disagreement."""
    console.print(
        f"Spec {report.spec_version}: {_count(len(report.checked), 'operation')} checked in "
        f"{_count(report.requests, 'request')}, {len(report.skipped)} skipped."
    )
    reasons = Counter(
        f"{item.reason} ({item.status})" if item.status is not None else item.reason for item in report.skipped
    )
    if reasons:
        console.print("Skipped: " + ", ".join(f"{count} {reason}" for reason, count in sorted(reasons.items())) + ".")
    if not report.checked:
        console.print("[red]No operation could be read[/]: nothing was checked (is the token the account's?).")
        return
    if report.agrees:
        console.print("[green]The account agrees with the spec.[/]")
        return
    table = Table(title="Disagreements")
    for column in ("operation", "pointer", "problem", "expected", "observed"):
        table.add_column(column, overflow="fold")
    for item in report.disagreements:
        table.add_row(item.operation, item.pointer or "/", item.problem, item.expected, item.observed)
    console.print(table)
    operations = len({item.operation for item in report.disagreements})
    console.print(
        f"[red]{_count(len(report.disagreements), 'disagreement')} in {_count(operations, 'operation')}.[/] "
        "Send the JSON report (--report FILE) to the SDK's maintainers: it holds no value of any answer."
    )


def _operation_names(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    readable = set(readable_operations(spec_check.default_spec()))
    unknown = [name for name in value if name not in readable]
    if unknown:
        raise click.BadParameter(f"not a GET operation of the spec: {', '.join(unknown)}")
    return value


@click.command("verify")
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the report as JSON to this file (replaced whole when the run ends).",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_PAGES,
    show_default=True,
    help="Pages (of 100) read per list operation.",
)
@click.option(
    "--operation",
    "operations",
    multiple=True,
    metavar="OPID",
    callback=_operation_names,
    help="Check only this GET operation (an operationId such as listContacts); repeatable.",
)
@click.pass_context
def verify(ctx: click.Context, report: Path | None, max_pages: int, operations: tuple[str, ...]) -> int:
    """Check that the account answers as the spec says: GET only, a few pages per list, within the rate limit.

    Every answer is checked strictly: attributes the spec does not list, required ones missing, a JSON
    type outside the wire-tolerance policy, enum values it does not list, undeclared statuses. Exit
    status 0 when the account agrees, 1 when it does not. The report names where and what kind of
    value (e.g. "integer string"), never the value itself: no emails, names or notes.
    """
    from .app import session

    selected = list(operations) or None
    spec = spec_check.default_spec()
    steps, _ = plan(spec, selected)
    with contextlib.ExitStack() as stack:
        # Made before any request, so a report that cannot be written is a usage error, not a lost run.
        destination = None if report is None else stack.enter_context(replacing(report, "--report"))
        ac = session(ctx).client()
        with _progress(len(steps)) as advance:
            found = verify_account(ac, max_pages=max_pages, operations=selected, spec=spec, progress=advance)
        if destination is not None:
            json.dump(found.as_json(), destination.stream, indent=2, ensure_ascii=False)
            destination.stream.write("\n")
            destination.commit()
    console = Console()
    summary(found, console)
    if report is not None:
        console.print(f"Report written to {report}.")
    return EXIT_OK if found.agrees and found.checked else EXIT_FAILED
