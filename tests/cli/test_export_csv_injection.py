"""`activecampaign export contacts --format csv` neutralises the cells a spreadsheet would run (OWASP's CSV
injection list), for the payloads people put in sign-up forms; `--raw` writes them as they are."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from activecampaign_sdk import ActiveCampaign, NoRateLimit
from activecampaign_sdk.testing import LocalActiveCampaign

from .conftest import Invoke

PAYLOADS = {
    "cmd@example.com": ("=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3"),
    "link@example.com": ('@HYPERLINK("http://evil")', "\tTab", "\rReturn"),
    "plain@example.com": ("Ada", "Lovelace", "+44 20 7946 0000"),
}


def test_formula_cells_of_contacts_are_quoted_unless_raw(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path
) -> None:
    with ActiveCampaign(account.base_url, account.config.token, limiter=NoRateLimit()) as ac:
        for email, (first, last, phone) in PAYLOADS.items():
            ac.upsert_contact(email, first_name=first, last_name=last, phone=phone)
    out = tmp_path / "contacts.csv"

    done = invoke("export", "contacts", "--format", "csv", "-o", str(out))

    assert done.code == 0, done.err
    rows = {row["email"]: row for row in csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8"), newline=""))}
    cmd, link, plain = (rows[email] for email in PAYLOADS)
    assert (cmd["firstName"], cmd["lastName"], cmd["phone"]) == ("'=cmd|' /C calc'!A0", "'+SUM(1,2)", "'-2+3")
    assert (link["firstName"], link["lastName"], link["phone"]) == (
        '\'@HYPERLINK("http://evil")',
        "'\tTab",
        "'\rReturn",
    )
    # A phone number starting with + is a formula to a spreadsheet too: it keeps its digits behind the quote.
    assert (plain["firstName"], plain["lastName"], plain["phone"]) == ("Ada", "Lovelace", "'+44 20 7946 0000")
    assert not any(
        cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows.values() for cell in row.values() if cell
    )

    raw = tmp_path / "raw.csv"
    assert invoke("export", "contacts", "--format", "csv", "--raw", "-o", str(raw)).code == 0
    rows = {row["email"]: row for row in csv.DictReader(io.StringIO(raw.read_bytes().decode("utf-8"), newline=""))}
    assert rows["cmd@example.com"]["firstName"] == "=cmd|' /C calc'!A0"
    assert rows["link@example.com"]["firstName"] == '@HYPERLINK("http://evil")'
