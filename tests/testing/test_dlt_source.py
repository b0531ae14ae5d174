"""The dlt source into DuckDB against the local ActiveCampaign: the first load is everything, the second only
what changed, merged over the rows it replaces; `activecampaign load` does the same from the command."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dlt
import duckdb
import pytest
from activecampaign_sdk.cli.app import run
from activecampaign_sdk.dlt import CORE, activecampaign_source, exportable
from activecampaign_sdk.errors import InvalidInputError
from activecampaign_sdk.testing import LocalActiveCampaign

from ..exporting import api, seed_contacts, touch

__all__ = ["api"]


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, api: LocalActiveCampaign) -> Iterator[None]:
    """No telemetry (no network but 127.0.0.1), and the account in AC_API_URL / AC_API_TOKEN."""
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")
    monkeypatch.setenv("AC_API_URL", api.base_url)
    monkeypatch.setenv("AC_API_TOKEN", api.config.token)
    monkeypatch.setenv("AC_RATE_LIMIT", "1000")
    yield


def rows(database: Path, query: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute(query).fetchall()


def test_two_loads_into_duckdb_the_second_only_changes_merged(api: LocalActiveCampaign, tmp_path: Path) -> None:
    seed_contacts(api, 1_050)
    for n in range(12):
        api.account.add_tag(f"tag {n}")
    database = tmp_path / "warehouse.duckdb"
    pipeline = dlt.pipeline(
        pipeline_name="ac_test",
        destination=dlt.destinations.duckdb(str(database)),
        dataset_name="ac",
        pipelines_dir=str(tmp_path / "dlt"),
    )
    source = activecampaign_source(collections=["contacts", "tags", "deal_stages", "deal_groups"], rate_limit=1000)
    pipeline.run(source)
    first = pipeline.last_trace.last_normalize_info.row_counts  # type: ignore[union-attr]
    assert first["contacts"] == 1_050 and first["tags"] == 12
    assert len(api.requests("GET", "/contacts")) == 11
    pipeline.dataset()  # the pipeline's dataset exists; the file is closed after each run

    now = datetime.now(UTC)
    for ident in ("4", "1000"):
        touch(api, ident, now, f"changed {ident}")
    before = len(api.requests("GET", "/contacts"))
    pipeline.run(activecampaign_source(collections=["contacts", "tags", "deal_stages", "deal_groups"]))
    second = pipeline.last_trace.last_normalize_info.row_counts  # type: ignore[union-attr]
    assert second["contacts"] == 2, "only the changes"
    assert second["tags"] == 12, "no update filter: whole again, merged"
    assert len(api.requests("GET", "/contacts")) - before == 1
    assert rows(database, "select count(*) from ac.contacts")[0][0] == 1_050, "merged by id, not appended"
    assert rows(database, "select count(*) from ac.tags")[0][0] == 12
    named = rows(database, "select id, first_name from ac.contacts where id in ('4', '1000', '5') order by id")
    assert named == [("1000", "changed 1000"), ("4", "changed 4"), ("5", "F4")]


def test_defaults_credentials_and_selection(api: LocalActiveCampaign, monkeypatch: pytest.MonkeyPatch) -> None:
    source = activecampaign_source()
    assert set(source.selected_resources) == set(CORE)
    assert set(source.resources) == set(exportable())
    for name in CORE:
        assert source.resources[name].write_disposition == "merge"
    monkeypatch.delenv("AC_API_TOKEN")
    with pytest.raises(Exception, match="api_token") as raised:
        activecampaign_source()
    assert isinstance(raised.value, InvalidInputError) or isinstance(raised.value.__cause__, InvalidInputError)
    assert activecampaign_source(base_url=api.base_url, api_token=api.config.token, collections=["tags"])
    with pytest.raises(Exception, match="no exportable collection"):
        activecampaign_source(api_token="x", collections=["nope"])


def test_activecampaign_load_makes_a_duckdb_file_with_no_other_setup(
    api: LocalActiveCampaign, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_contacts(api, 230)
    database = tmp_path / "account.duckdb"
    arguments = ["load", "--database", str(database), "--pipelines-dir", str(tmp_path / "dlt")]
    assert run(arguments) == 0, capsys.readouterr().err
    assert "contacts 230" in capsys.readouterr().err
    assert rows(database, "select count(*) from activecampaign_data.contacts")[0][0] == 230
    touch(api, "7", datetime.now(UTC), "seven")
    assert run([*arguments, "contacts"]) == 0
    assert "contacts 1" in capsys.readouterr().err
    assert rows(database, "select first_name from activecampaign_data.contacts where id = '7'") == [("seven",)]
