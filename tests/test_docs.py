"""The documentation site (`make docs`, docs/build.py) builds, and shows what a consumer needs.

One build per session (about 20 s): every tag has its page with every operation and the spec's
parameter descriptions, every helper and client method is documented, every model is on a
models page, no page is over about a megabyte, search covers operations and helpers, and none
of the internals (the private `_sync`/`_async` modules, upstream's unused client) is shown.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
from functools import cached_property
from pathlib import Path

import pytest
from activecampaign_api.operations import Operations
from activecampaign_sdk import ActiveCampaign

from .spec import ROOT, operations

MAX_PAGE_BYTES = 1_000_000
GUIDES = ["pagination", "syncing-contacts", "errors", "rate-limits", "async", "webhooks", "testing", "security"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "site"
    done = subprocess.run(
        [sys.executable, "docs/build.py", "--output", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def tags() -> list[str]:
    return [name for name, value in vars(Operations).items() if isinstance(value, cached_property)]


def operations_of(tag: str) -> tuple[str, list[str]]:
    module = importlib.import_module(f"activecampaign_api.api.{tag}")
    (cls,) = (v for n, v in vars(module).items() if n.endswith("Operations") and not n.startswith("Async"))
    return cls.__name__, [name for name, value in vars(cls).items() if inspect.isfunction(value) and name[0] != "_"]


def test_every_tag_has_a_page_with_every_operation(site: Path) -> None:
    assert len(tags()) == len({operation.tag for operation in operations().values()})
    documented = 0
    for tag in tags():
        page = site / "operations" / tag / "index.html"
        assert page.is_file(), f"no page for the {tag} tag"
        text = page.read_text()
        cls, names = operations_of(tag)
        for name in names:
            assert f'id="activecampaign_api.api.{tag}.{cls}.{name}"' in text, f"{tag}.{name} is not on its page"
            documented += 1
    assert documented == len(operations()), "every operation of the spec is on its tag's page"


def test_operation_pages_carry_each_parameter_meaning_and_limits(site: Path) -> None:
    text = re.sub(r"<[^>]+>", "", (site / "operations" / "contacts" / "index.html").read_text())
    assert "Page size. The API defaults to 20 and caps it at 100." in text
    assert "Keep contacts with this list status: -1 any, 0 unconfirmed, 1 active, 2" in text
    assert "GET /contacts" in text


def test_every_helper_and_client_method_is_documented(site: Path) -> None:
    tag_attributes = set(tags())
    public = {
        name
        for name in dir(ActiveCampaign)
        if not name.startswith("_") and name not in tag_attributes and callable(getattr(ActiveCampaign, name))
    }
    assert {"upsert_contact", "bulk_import", "register_webhook", "paginate", "raw", "with_options"} <= public
    pages = (site / "reference" / "helpers" / "index.html").read_text() + (
        site / "reference" / "clients" / "index.html"
    ).read_text()
    missing = sorted(name for name in public if f'id="activecampaign_sdk.ActiveCampaign.{name}"' not in pages)
    assert not missing, f"not documented: {missing}"
    assert 'id="activecampaign_sdk.AsyncActiveCampaign"' in pages


def test_every_model_is_on_a_models_page(site: Path) -> None:
    pages = "".join(page.read_text() for page in (site / "models").glob("*/index.html"))
    models = importlib.import_module("activecampaign_api.models")
    names = [name for name in models.__all__ if isinstance(getattr(models, name), type)]
    assert len(names) > 400
    missing = [name for name in names if not re.search(rf'id="activecampaign_api\.models\.\w+\.{name}"', pages)]
    assert not missing, f"models on no page: {missing[:10]}"


def test_no_page_is_over_a_megabyte(site: Path) -> None:
    pages = list(site.rglob("*.html"))
    assert len(pages) > 100
    largest = max(pages, key=lambda page: page.stat().st_size)
    assert largest.stat().st_size < MAX_PAGE_BYTES, f"{largest} is {largest.stat().st_size} bytes"


def test_guides_are_built_and_search_covers_operations_and_helpers(site: Path) -> None:
    for guide in GUIDES:
        assert (site / "guides" / guide / "index.html").is_file(), f"no {guide} guide"
    assert (site / "guides" / "command-line" / "index.html").is_file()
    index = json.loads((site / "search" / "search_index.json").read_text())
    locations = {entry["location"] for entry in index["docs"]}
    assert "operations/contacts/#activecampaign_api.api.contacts.ContactsOperations.list_contacts" in locations
    assert "reference/helpers/#activecampaign_sdk.ActiveCampaign.upsert_contact" in locations
    assert "reference/helpers/#activecampaign_sdk.ActiveCampaign.bulk_import" in locations


def test_nothing_the_sdk_does_not_use_is_documented(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text()
        for internal in ("activecampaign_sdk._sync", "activecampaign_sdk._async", "AuthenticatedClient", "verify_ssl"):
            assert internal not in text, f"{page.relative_to(site)} shows {internal}"
