"""A wrong token (ActiveCampaign answers 403) is exit 1 with one line that says what to check, never the token."""

from __future__ import annotations

from pathlib import Path

import pytest
from activecampaign_sdk.testing import LocalActiveCampaign

from .conftest import Invoke


def test_a_wrong_token_says_to_check_ac_api_token(
    invoke: Invoke, account: LocalActiveCampaign, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AC_API_TOKEN", "not-the-token-7c1e")
    source = tmp_path / "contacts.csv"
    source.write_text("email\nada@example.com\n", encoding="utf-8")

    refused = invoke("import", str(source), "--list", "Newsletter")

    assert refused.code == 1
    assert refused.err == (
        "activecampaign: PermissionDeniedError: GET /lists (listLists) -> HTTP 403: You are not authorized to "
        "access this API; is AC_API_TOKEN the API token of the account at AC_API_URL? (Settings > Developer)\n"
    )
    assert "not-the-token-7c1e" not in refused.err + refused.out
    assert account.requests("POST", "/import/bulk_import") == []
