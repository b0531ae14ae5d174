"""`ac.bulk_import` of 10,000 contacts against the stand-in with 10% injected faults.

Written against the shared bulk-import contract (`activecampaign_sdk.bulk_import`,
`BulkImportResult.rows` of `RowOutcome`); it runs once that helper is merged.
The stand-in runs at time scale 100: 500 requests/s, batches complete 20 ms after queueing.
"""

from __future__ import annotations

from activecampaign_sdk import ActiveCampaign, ContactRow, ImportRow
from activecampaign_sdk.retries import Backoff
from activecampaign_sdk.testing import Faults, LocalActiveCampaign, ServerConfig

FAST = Backoff(initial=0.001, maximum=0.01)
ROWS = 10_000


def rows() -> list[ImportRow]:
    made: list[ImportRow] = []
    for n in range(ROWS):
        email = f"bulk{n}@example.com"
        if n % 1000 == 500:
            email = f"bulk{n}@@example"  # ill-formed: reported failed, never sent
        made.append({"email": email, "first_name": f"Bulk{n}", "tags": ["imported"]})
    return made


def test_bulk_import_under_faults_accounts_for_every_row() -> None:
    # A slow fault outlasts the timeout by far; an ordinary answer on a loaded machine stays well within it.
    config = ServerConfig(time_scale=100, import_delay=2.0, slow_seconds=2.5)
    with LocalActiveCampaign(config, Faults(0.10, seed=5)) as server:
        rejected_later = {"bulk77@example.com", "bulk4242@example.com"}
        server.account.import_failures |= rejected_later
        with ActiveCampaign(
            server.base_url, config.token, rate_limit=400, timeout=1.0, max_retries=3, backoff=FAST
        ) as ac:
            inputs = rows()
            result = ac.bulk_import(inputs, wait=True)

    # Exactly one outcome per input, in input order.
    assert [row.index for row in result.rows] == list(range(ROWS))
    assert [row.email for row in result.rows] == [row["email"] for row in inputs]
    assert not result.queued  # wait=True: every batch was followed to the end
    by_email = {row.email: row for row in result.rows}
    # Ill-formed rows fail without being sent; rows the batch reported failed are failed.
    for row in inputs:
        if "@@" in row["email"]:
            assert by_email[row["email"]].status == "failed" and by_email[row["email"]].batch_id is None
    for email in rejected_later:
        assert by_email[email].status == "failed" and by_email[email].reason
    posts = server.requests("POST", "/import/bulk_import")
    assert posts
    for i, entry in enumerate(posts):
        if entry.repeat:
            # The import is not idempotent: the same batch goes again only after the API said it had
            # not taken it (429, or its rate-limit 400), never after a timeout, reset or 5xx.
            earlier = [e.status for e in posts[:i] if e.body_digest == entry.body_digest]
            assert earlier and all(status in (400, 429) for status in earlier), earlier
    # No lost contact: every succeeded row is on the server; no duplicate and none not asked for.
    emails = server.contact_emails()
    assert len(emails) == len(set(emails)) and set(emails) <= {row["email"] for row in inputs}
    for outcome in result.succeeded:
        assert outcome.email is not None
        stored = server.contact_by_email(outcome.email)
        assert stored is not None and stored["firstName"] == f"Bulk{outcome.index}"
    assert len(result.succeeded) >= ROWS * 0.7
    assert {outcome.batch_id for outcome in result.succeeded} <= set(result.batch_ids)
    # Faults struck imports and polls alike, and the server never had to refuse for rate.
    assert any(e.fault for e in server.log)
    assert not [e for e in server.log if e.status == 429 and e.fault is None]


def test_upsert_contacts_via_bulk_under_faults_accounts_for_every_row() -> None:
    # A slow fault outlasts the timeout by far; an ordinary answer on a loaded machine stays well within it.
    config = ServerConfig(time_scale=100, import_delay=2.0, slow_seconds=2.5)
    count = 1200
    with LocalActiveCampaign(config, Faults(0.10, seed=8)) as server:
        with server.account.lock:
            newsletter = server.account.add_list({"name": "Newsletter"})["id"]
            server.account.add_field("Size", perstag="SIZE")
        contact_rows: list[ContactRow] = [
            {
                "email": f"bulk{n}@example.com",
                "first_name": f"Bulk{n}",
                "tags": ["Imported", "VIP"],
                "lists": {"Newsletter": "subscribed"},
                "fields": {"SIZE": str(n)},
            }
            for n in range(count)
        ]
        with ActiveCampaign(
            server.base_url, config.token, rate_limit=400, timeout=1.0, max_retries=3, backoff=FAST
        ) as ac:
            result = ac.upsert_contacts(contact_rows, via="bulk")
        account = server.account
        names = sorted(tag["tag"] for tag in account.tags.values())
        subscribed = {contact for (contact, list_id) in account.contact_lists if list_id == newsletter}

    # Every row has one outcome; rows the import confirmed are in the account with their list and tags.
    assert sorted([*result.imported, *(failure.index for failure in result.failed)]) == list(range(count))
    assert len(result.imported) >= count * 0.7
    assert names == ["Imported", "VIP"]
    for index in result.imported:
        stored = server.contact_by_email(contact_rows[index]["email"])
        assert stored is not None and stored["firstName"] == f"Bulk{index}" and stored["id"] in subscribed
    emails = server.contact_emails()
    assert len(emails) == len(set(emails))
