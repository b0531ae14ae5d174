"""Reading a CSV people export from spreadsheets and CRMs: its encoding, delimiter, blank rows and line numbers.

The whole file is read once and checked before anything is sent: what cannot be read is one
`CsvInputError` (exit 2) naming the file, the line and, when known, the column. Each record keeps
the line of the file it starts on, which is what the import's outcomes name.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import click

from . import EXIT_USAGE

# Byte order marks, the longest first (UTF-32's little-endian mark starts with UTF-16's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
AUTO = "auto"
# The delimiters spreadsheets write: a comma, a semicolon (where the comma is the decimal separator), tab, bar.
DELIMITERS = (",", ";", "\t", "|")
# csv's default cap is 128 KiB a field; a notes column exported from a CRM can be larger.
FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


class CsvInputError(click.ClickException):
    """An input file the command cannot read: one line naming the file, the line and the column; exit 2."""

    exit_code = EXIT_USAGE

    def __init__(self, path: Path, message: str, *, line: int | None = None, column: int | None = None) -> None:
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {message}")


@dataclasses.dataclass(frozen=True)
class Record:
    line: int  # the line of the file the record starts on (the header is line 1)
    cells: list[str]


@dataclasses.dataclass(frozen=True)
class CsvSource:
    """A CSV file and how to read it, checked whole."""

    path: Path
    encoding: str
    delimiter: str
    header: list[str]
    blank_lines: list[int]

    def open(self) -> IO[str]:
        return self.path.open(newline="", encoding=self.encoding, errors="strict")

    def records(self) -> Iterator[Record]:
        """Every record that is not blank, with its line, read one at a time."""
        with self.open() as handle, _field_limit():
            reader = csv.reader(handle, delimiter=self.delimiter)
            next(reader, None)
            previous = reader.line_num
            for cells in reader:
                line, previous = previous + 1, reader.line_num
                if any(cell.strip() for cell in cells):
                    yield Record(line, cells)


@contextlib.contextmanager
def _field_limit() -> Iterator[None]:
    before = csv.field_size_limit(FIELD_LIMIT)
    try:
        yield
    finally:
        csv.field_size_limit(before)


def detect_encoding(path: Path, requested: str) -> str:
    """The codec to read `path` with: a byte order mark wins, else `requested` (auto: UTF-8)."""
    with path.open("rb") as handle:
        start = handle.read(4)
    for bom, codec in BOMS:
        if start.startswith(bom):
            if requested != AUTO:
                # A UTF-8 BOM with --encoding utf-8 is the same thing; anything else disagrees with the file.
                asked = codecs.lookup(requested).name
                if asked != codecs.lookup(codec).name and not (asked == "utf-8" and codec == "utf-8-sig"):
                    raise CsvInputError(path, f"the file starts with a {codec} byte order mark, not {requested}")
            return codec
    if requested == AUTO:
        return "utf-8"
    return requested


def check_encoding(path: Path, encoding: str) -> None:
    """`CsvInputError` at the first byte that does not decode, with its line and column."""
    ascii_compatible = encoding == "utf-8-sig" or "a,;\n".encode(encoding, errors="replace") == b"a,;\n"
    if not ascii_compatible:
        try:
            path.read_text(encoding=encoding, errors="strict")
        except UnicodeDecodeError as error:
            raise CsvInputError(path, f"not {encoding} at byte {error.start}: {error.reason}") from None
        return
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                raw.decode(encoding, errors="strict")
            except UnicodeDecodeError as error:
                column = len(raw[: error.start].decode(encoding, errors="replace")) + 1
                byte = raw[error.start : error.start + 1].hex().upper()
                hint = (
                    "pass --encoding (cp1252 for Excel on Windows, latin-1, mac-roman, ...)"
                    if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
                    else "pass the file's --encoding"
                )
                raise CsvInputError(
                    path, f"byte 0x{byte} is not valid {encoding}; the file has another encoding: {hint}",
                    line=number, column=column,
                ) from None  # fmt: skip


def first_record(path: Path, encoding: str, delimiter: str) -> list[str]:
    with path.open(newline="", encoding=encoding) as handle, _field_limit():
        try:
            return next(csv.reader(handle, delimiter=delimiter), [])
        except csv.Error as error:
            raise CsvInputError(path, f"unreadable header: {error}", line=1) from None


def detect_delimiter(path: Path, encoding: str, has_email: Callable[[list[str]], bool]) -> str:
    """The delimiter whose header holds an e-mail column and the most columns (ties: the order of DELIMITERS)."""
    best, best_columns = ",", 0
    for candidate in DELIMITERS:
        header = first_record(path, encoding, candidate)
        if has_email(header) and len(header) > best_columns:
            best, best_columns = candidate, len(header)
    return best


def read_source(
    path: Path, *, encoding: str, delimiter: str | None, has_email: Callable[[list[str]], bool]
) -> CsvSource:
    """The file checked whole: its encoding, delimiter and header; every record readable and no wider than the header.

    `has_email(header)` says whether a header has an e-mail column (how the delimiter is told when not given).
    """
    try:
        if encoding != AUTO:
            codecs.lookup(encoding)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    if delimiter is not None and (len(delimiter) != 1 or delimiter in '"\r\n'):
        raise click.BadParameter("a delimiter is one character (not a quote or a newline)", param_hint="--delimiter")
    codec = detect_encoding(path, encoding)
    check_encoding(path, codec)
    chosen = delimiter if delimiter is not None else detect_delimiter(path, codec, has_email)
    header = first_record(path, codec, chosen)
    if not any(cell.strip() for cell in header):
        raise CsvInputError(path, "no header: the first line names the columns (email, first_name, ...)", line=1)
    seen: dict[str, int] = {}
    for position, column in enumerate(header, start=1):
        key = column.strip().casefold()
        if key and key in seen:
            raise CsvInputError(path, f"the column {column.strip()!r} appears twice", line=1, column=position)
        seen[key] = position
    blank: list[int] = []
    with path.open(newline="", encoding=codec) as handle, _field_limit():
        reader = csv.reader(handle, delimiter=chosen, strict=True)
        previous = 0
        try:
            next(reader, None)
            previous = reader.line_num
            for cells in reader:
                line, previous = previous + 1, reader.line_num
                if not any(cell.strip() for cell in cells):
                    blank.append(line)
                elif len(cells) > len(header):
                    raise CsvInputError(
                        path,
                        f"{len(cells)} fields, but the header has {len(header)} (is the delimiter {chosen!r} right? "
                        "--delimiter sets it)",
                        line=line,
                        column=len(header) + 1,
                    )
        except csv.Error as error:
            why = f"unreadable CSV in the record starting here: {error}"
            raise CsvInputError(path, why, line=previous + 1) from None
    return CsvSource(path, codec, chosen, header, blank)
