"""`activecampaign import`: a CSV through bulk import, faults included, every row's outcome in a file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from activecampaign_sdk.testing import Faults, LocalActiveCampaign

from .conftest import Invoke


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def contact_tags(account: LocalActiveCampaign, email: str) -> set[str]:
    with account.account.lock:
        contact = account.contact_by_email(email)
        assert contact is not None
        tag_ids = {link["tag"] for link in account.account.contact_tags.values() if link["contact"] == contact["id"]}
        return {account.account.tags[tag_id]["tag"] for tag_id in tag_ids}


def subscribed_lists(account: LocalActiveCampaign, email: str) -> set[str]:
    with account.account.lock:
        contact = account.contact_by_email(email)
        assert contact is not None
        return {
            list_id
            for (contact_id, list_id), link in account.account.contact_lists.items()
            if contact_id == contact["id"] and str(link["status"]) == "1"
        }


def test_import_with_faults_accounts_for_every_row(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    with account.account.lock:
        newsletter = account.account.add_list({"name": "Newsletter", "stringid": "newsletter"})
        size = account.account.add_field("Company size", perstag="COMPANY_SIZE")
    rows = [[f"p{n}@example.com", f"First{n}", "Person", "11-50"] for n in range(600)]
    rows[10][0] = "not-an-email"  # failed locally, never sent
    account.account.import_failures.add("p20@example.com")  # accepted, then failed by the API
    source = write_csv(tmp_path / "contacts.csv", ["email", "firstName", "last_name", "%company_size%"], rows)
    # Requests: 1 GET /fields, 2 GET /lists, then the imports: the first batch is refused with a
    # 429 (nothing queued: sent again at once, request 4), the second batch gets a 502 after the
    # account queued it (unknowable to the client: its rows are "unknown", never resent).
    account.faults = Faults(schedule={3: "429", 5: "502"})

    done = invoke("import", str(source), "--tag", "VIP", "--list", "Newsletter")

    assert done.code == 1, done.err  # some rows failed
    assert "import" in done.err and "600/600" in done.err  # the progress bar, finished
    assert done.err.rstrip().endswith(
        f"600 rows sent: 348 succeeded, 2 failed, 250 unknown (may have been imported), 0 queued; "
        f"outcomes in {tmp_path / 'contacts.csv.outcomes.csv'}"
    )
    with (tmp_path / "contacts.csv.outcomes.csv").open() as handle:
        outcomes = list(csv.DictReader(handle))
    # One row per record, in the file's order, named by its line in the file (the header is line 1).
    assert [int(row["line"]) for row in outcomes] == list(range(2, 602))
    by_status: dict[str, list[int]] = {}
    for row in outcomes:
        by_status.setdefault(row["status"], []).append(int(row["line"]) - 2)
    # The second batch (rows 251..500 once row 10 is left out) met the 502.
    unknowable = set(range(251, 501))
    assert set(by_status["failed"]) == {10, 20}
    assert set(by_status["unknown"]) == unknowable
    assert "invalid email 'not-an-email'" in outcomes[10]["reason"]
    assert outcomes[20]["reason"] == "the import failed for this contact"
    assert all("may have been queued" in outcomes[i]["reason"] for i in unknowable)
    assert account.count_429 == 1
    imports = account.requests("POST", "/import/bulk_import")
    assert [entry.fault for entry in imports] == ["429", None, "502", None] and imports[1].repeat

    assert contact_tags(account, "p0@example.com") == {"VIP"}
    assert subscribed_lists(account, "p599@example.com") == {newsletter["id"]}
    stored = account.contact_by_email("p599@example.com")
    assert stored is not None and (stored["firstName"], stored["lastName"]) == ("First599", "Person")
    with account.account.lock:
        values = [v for v in account.account.field_values.values() if v["contact"] == stored["id"]]
    assert [(v["field"], v["value"]) for v in values] == [(size["id"], "11-50")]


def test_outcomes_as_json_lines_and_a_clean_run_exits_0(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "few.csv", ["Email", "First Name", "Phone"], [["ada@example.com", "Ada", "+1 555"]])
    target = tmp_path / "outcomes.jsonl"
    done = invoke("import", str(source), "--outcomes", str(target))
    assert done.code == 0, done.err
    (outcome,) = [json.loads(line) for line in target.read_text().splitlines()]
    assert outcome["line"] == 2 and outcome["email"] == "ada@example.com" and outcome["status"] == "succeeded"
    assert outcome["reason"] is None and outcome["batch_id"]
    stored = account.contact_by_email("ada@example.com")
    assert stored is not None and stored["phone"] == "+1 555"


def test_bad_files_lists_and_columns_stop_before_any_import(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    no_email = write_csv(tmp_path / "no-email.csv", ["name"], [["Ada"]])
    refused = invoke("import", str(no_email))
    assert refused.code == 2 and "the CSV has no email column (its columns: name)" in refused.err

    unknown = write_csv(tmp_path / "unknown.csv", ["email", "shoe_size"], [["ada@example.com", "38"]])
    refused = invoke("import", str(unknown))
    assert refused.code == 2 and "unknown column(s) 'shoe_size'" in refused.err

    good = write_csv(tmp_path / "good.csv", ["email"], [["ada@example.com"]])
    refused = invoke("import", str(good), "--list", "No such list")
    assert refused.code == 2 and "no list named 'No such list' in the account" in refused.err

    refused = invoke("import", str(good), "--tag", " ")
    assert refused.code == 2 and "a tag name cannot be blank" in refused.err

    assert account.requests("POST", "/import/bulk_import") == []
    assert account.contact_emails() == []


def test_an_outcome_file_that_cannot_be_written_stops_before_any_request(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    with account.account.lock:
        account.account.add_list({"name": "Newsletter", "stringid": "newsletter"})
    good = write_csv(tmp_path / "good.csv", ["email"], [["ada@example.com"]])
    a_file = tmp_path / "a-file"
    a_file.write_text("not a directory")
    a_directory = tmp_path / "a-directory.csv"
    a_directory.mkdir()
    for target in (tmp_path / "missing" / "out.csv", a_file / "out.csv", a_directory):
        refused = invoke("import", str(good), "--list", "Newsletter", "--outcomes", str(target))
        assert refused.code == 2, refused
        assert "Invalid value for" in refused.err and "--outcomes" in refused.err and str(target) in refused.err
        assert "Traceback" not in refused.err
    assert account.log == []  # not even the look-up of the list
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-directory.csv", "a-file", "good.csv"]
    assert list(a_directory.iterdir()) == []

    kept = tmp_path / "kept.csv"
    assert invoke("import", str(good), "--outcomes", str(kept)).code == 0
    assert [row["status"] for row in csv.DictReader(kept.open())] == ["succeeded"]


def test_outcomes_that_would_overwrite_the_csv_are_refused(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "contacts.csv", ["email"], [["ada@example.com"]])
    before = source.read_bytes()
    for option in ("--outcomes", "--resume"):
        refused = invoke("import", str(source), option, str(tmp_path / "." / "contacts.csv"))
        assert refused.code == 2, refused
        assert "is the CSV being imported" in refused.err
    assert source.read_bytes() == before
    assert account.log == []
