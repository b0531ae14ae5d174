"""release/api_diff.py flags breaking changes between two specs."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from release.api_diff import allows_breaking, compare

from .spec import document


@pytest.fixture
def old() -> dict[str, Any]:
    return copy.deepcopy(document())


def test_identical_specs_have_no_changes(old: dict[str, Any]) -> None:
    report = compare(old, copy.deepcopy(old))
    assert (report.breaking, report.added) == ([], [])


def test_removed_operation_breaks(old: dict[str, Any]) -> None:
    new = copy.deepcopy(old)
    del new["paths"]["/tags/{id}"]["delete"]
    assert compare(old, new).breaking == ["removed operation DELETE /tags/{id} (deleteTag)"]


def test_renamed_operation_id_breaks(old: dict[str, Any]) -> None:
    new = copy.deepcopy(old)
    new["paths"]["/tags"]["get"]["operationId"] = "getAllTags"
    assert compare(old, new).breaking == ["GET /tags: operationId listTags renamed to getAllTags"]


def test_changed_parameter_type_breaks(old: dict[str, Any]) -> None:
    new = copy.deepcopy(old)
    parameter = next(p for p in new["paths"]["/contacts"]["get"]["parameters"] if p.get("name") == "tagid")
    parameter["schema"] = {"type": "integer"}
    assert compare(old, new).breaking == ["GET /contacts: parameter query:tagid changed type string -> integer"]


def test_new_optional_parameter_and_operation_are_additions(old: dict[str, Any]) -> None:
    new = copy.deepcopy(old)
    new["paths"]["/tags"]["get"]["parameters"].append({"name": "colour", "in": "query", "schema": {"type": "string"}})
    new["paths"]["/tags/{id}/contacts"] = {"get": {"operationId": "listTagContacts", "responses": {}}}
    report = compare(old, new)
    assert report.breaking == []
    assert report.added == [
        "added operation GET /tags/{id}/contacts (listTagContacts)",
        "GET /tags: new parameter query:colour (string)",
    ]


def test_new_required_parameter_breaks(old: dict[str, Any]) -> None:
    new = copy.deepcopy(old)
    new["paths"]["/tags"]["get"]["parameters"].append(
        {"name": "colour", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    assert compare(old, new).breaking == ["GET /tags: new required parameter query:colour"]


@pytest.mark.parametrize(
    ("old_version", "new_version", "allowed"),
    [("0.1.0", "0.2.0", True), ("0.1.0", "0.1.1", False), ("1.4.2", "2.0.0", True), ("1.4.2", "1.5.0", False)],
)
def test_breaking_changes_need_a_version_bump(old_version: str, new_version: str, allowed: bool) -> None:
    assert allows_breaking(old_version, new_version) is allowed
