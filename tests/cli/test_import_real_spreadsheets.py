"""`activecampaign import` with the CSV files spreadsheets and CRMs export: encodings, delimiters, big
fields, blank rows, repeated e-mails; an unreadable file is one line naming file, line and column (exit 2)
before any request, and every outcome names the record's line in the file."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from activecampaign_sdk.testing import LocalActiveCampaign

from .conftest import Invoke


def outcomes_of(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def imported_emails(account: LocalActiveCampaign) -> Counter[str]:
    """How many times each e-mail was sent in an import the account queued."""
    with account.account.lock:
        return Counter(str(row["email"]) for batch in account.account.batches.values() for row in batch.rows)


def test_a_file_in_another_encoding_is_refused_at_its_line_and_column_then_read_with_encoding(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    source = tmp_path / "excel.csv"
    source.write_bytes("email,first_name\nada@example.com,Ada\njose@example.com,José\n".encode("cp1252"))

    refused = invoke("import", str(source))

    assert refused.code == 2
    assert refused.err.count("\n") == 1  # one line
    assert f"{source}, line 3, column 21: byte 0xE9 is not valid utf-8" in refused.err
    assert "--encoding (cp1252 for Excel on Windows" in refused.err
    assert account.log == []  # nothing sent, not even a look-up

    done = invoke("import", str(source), "--encoding", "cp1252")
    assert done.code == 0, done.err
    stored = account.contact_by_email("jose@example.com")
    assert stored is not None and stored["firstName"] == "José"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_byte_order_marks_tell_the_encoding(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path, codec: str
) -> None:
    source = tmp_path / "bom.csv"
    source.write_bytes("Email,First Name\nzoe@example.com,Zoë\n".encode(codec))
    done = invoke("import", str(source))
    assert done.code == 0, done.err
    stored = account.contact_by_email("zoe@example.com")
    assert stored is not None and stored["firstName"] == "Zoë"


def test_semicolons_are_recognised_and_delimiter_can_be_given(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    semicolons = tmp_path / "fr.csv"
    semicolons.write_text("email;first_name;last_name\nada@example.com;Ada;Lovelace\n", encoding="utf-8")
    done = invoke("import", str(semicolons))
    assert done.code == 0, done.err
    assert "delimiter ';'" in done.err
    stored = account.contact_by_email("ada@example.com")
    assert stored is not None and (stored["firstName"], stored["lastName"]) == ("Ada", "Lovelace")

    tabs = tmp_path / "tabs.tsv"
    tabs.write_text("email\tfirst_name\ngrace@example.com\tGrace\n", encoding="utf-8")
    done = invoke("import", str(tabs), "--delimiter", "\\t")
    assert done.code == 0, done.err
    stored = account.contact_by_email("grace@example.com")
    assert stored is not None and stored["firstName"] == "Grace"

    refused = invoke("import", str(tabs), "--delimiter", ";;")
    assert refused.code == 2 and "a delimiter is one character" in refused.err


def test_a_field_larger_than_csv_default_limit_is_read(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    with account.account.lock:
        notes = account.account.add_field("Notes", perstag="NOTES")
    big = "x" * 1_000_000  # csv refuses fields over 128 KiB by default
    source = tmp_path / "crm.csv"
    source.write_text(f'email,NOTES\nada@example.com,"{big}"\n', encoding="utf-8")
    done = invoke("import", str(source))
    assert done.code == 0, done.err
    with account.account.lock:
        values = [v["value"] for v in account.account.field_values.values() if v["field"] == notes["id"]]
    assert values == [big]


def test_repeated_emails_first_row_wins_and_later_ones_are_reported_with_their_lines(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    source = tmp_path / "dupes.csv"
    source.write_text(
        "email,first_name\nada@example.com,First\nADA@example.com,Second\ngrace@example.com,Grace\n"
        "Ada@Example.com,Third\n",
        encoding="utf-8",
    )
    done = invoke("import", str(source))

    assert done.code == 1  # two rows were not imported
    assert "2 row(s) repeat the e-mail of an earlier row and are not sent: line 3 (as line 2), line 5 (as line 2)" in (
        done.err
    )
    rows = {int(row["line"]): row for row in outcomes_of(tmp_path / "dupes.csv.outcomes.csv")}
    assert [rows[line]["status"] for line in (2, 3, 4, 5)] == ["succeeded", "failed", "succeeded", "failed"]
    assert (
        rows[3]["reason"]
        == rows[5]["reason"]
        == ("duplicate of line 2: the same e-mail; not sent (the first row wins)")
    )
    assert imported_emails(account) == Counter({"ada@example.com": 1, "grace@example.com": 1})
    stored = account.contact_by_email("ada@example.com")
    assert stored is not None and stored["firstName"] == "First"


def test_blank_rows_are_skipped_and_outcomes_carry_the_files_line_numbers(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    source = tmp_path / "gaps.csv"
    source.write_text(
        'email,first_name\n\nada@example.com,"Ada\nthe first programmer"\n,\n  ,  \ngrace@example.com,Grace\n\n',
        encoding="utf-8",
    )
    done = invoke("import", str(source))

    assert done.code == 0, done.err
    assert "skipped 4 blank row(s) (lines 2, 5, 6, 8)" in done.err
    rows = outcomes_of(tmp_path / "gaps.csv.outcomes.csv")
    # Ada's record starts on line 3 (its quoted name spans two lines); Grace is on line 7.
    assert [(row["line"], row["email"], row["status"]) for row in rows] == [
        ("3", "ada@example.com", "succeeded"),
        ("7", "grace@example.com", "succeeded"),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("email,first_name\nada@example.com,Ada,extra\n", "line 2, column 3: 3 fields, but the header has 2"),
        ('email,first_name\nada@example.com,"Ada\n', "line 2: unreadable CSV in the record starting here"),
        ('email,first_name\nada@example.com,"Ada"x\n', "line 2: unreadable CSV in the record starting here"),
        ("email,Email\nada@example.com,ada@example.com\n", "line 1, column 2: the column 'Email' appears twice"),
        ("", "line 1: no header"),
    ],
)
def test_unreadable_files_are_one_line_exit_2_before_any_request(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path, content: str, message: str
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(content, encoding="utf-8")
    refused = invoke("import", str(source))
    assert refused.code == 2
    assert refused.err == f"Error: {source}, {message}" + refused.err.split(message, 1)[1]
    assert refused.err.count("\n") == 1
    assert account.log == []


def test_usage_errors_exit_2(invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path) -> None:
    source = tmp_path / "ok.csv"
    source.write_text("email\nada@example.com\n", encoding="utf-8")
    for args, message in [
        (["--encoding", "klingon"], "unknown encoding 'klingon'"),
        (["--resume", str(tmp_path / "nope.csv")], "does not exist"),
        (["--no-such-option"], "No such option"),
    ]:
        refused = invoke("import", str(source), *args)
        assert refused.code == 2 and message in refused.err, (args, refused.err)
    not_outcomes = tmp_path / "not-outcomes.csv"
    not_outcomes.write_text("a,b\n1,2\n", encoding="utf-8")
    refused = invoke("import", str(source), "--resume", str(not_outcomes))
    assert refused.code == 2 and "not an outcome file of `activecampaign import`" in refused.err
    assert account.log == []
