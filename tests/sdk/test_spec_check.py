"""The spec checker on hand-written answers: each problem class, the wire-tolerance policy, and what it never reports.

Most tests use a small spec written here (the kind components as `openapi/common.yaml` defines
them), so that they hold whatever the bundled spec says today; a few use the bundled spec.
"""

from __future__ import annotations

import copy
import time
from typing import Any

import pytest
from activecampaign_sdk.spec_check import Disagreement, Spec, check_answer, default_spec, operation_id_for

COUNT = {"$ref": "#/components/schemas/Count"}
ID = {"$ref": "#/components/schemas/Id"}
FLAG = {"$ref": "#/components/schemas/Flag"}
MONEY = {"$ref": "#/components/schemas/Money"}
WHEN = {"$ref": "#/components/schemas/DateTimeOrZero"}
# What a disagreement says each kind allows (the forms of `activecampaign_api.wire.KINDS`).
COUNT_X = "count (integer, integer string, integral number)"
FLAG_X = "flag (0 or 1, 0 or 1 string, boolean, boolean string)"
MONEY_X = "money (integer, integer string, integral number, number, number string)"
TEXT_X = "text (integer, integral number, number, string)"
DATETIME_X = "datetime (datetime string, zero date string)"
ID_X = "id (integer, string)"

DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "test", "version": "9.9.9"},
    "paths": {
        "/contacts": {
            "get": {
                "operationId": "listContacts",
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ContactList"}}}},
                    "403": {"$ref": "#/components/responses/Forbidden"},
                },
            }
        },
        "/contacts/{id}": {
            "get": {
                "operationId": "getContact",
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["contact"],
                                    "properties": {"contact": {"$ref": "#/components/schemas/Contact"}},
                                }
                            }
                        }
                    }
                },
            }
        },
        "/contacts/me": {"get": {"operationId": "getMe", "responses": {"200": {"description": "empty"}}}},
        "/things": {
            "get": {
                "operationId": "listThings",
                "responses": {
                    "2XX": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                                        "byName": {"type": "object", "additionalProperties": COUNT},
                                        "extra": {"type": "object", "additionalProperties": True, "properties": {}},
                                    },
                                }
                            }
                        }
                    }
                },
            }
        },
        "/misc": {
            "get": {
                "operationId": "getMisc",
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Misc"}}}}
                },
            }
        },
    },
    "components": {
        "responses": {
            "Forbidden": {
                "description": "No.",
                "content": {
                    "application/json": {"schema": {"type": "object", "properties": {"message": {"type": "string"}}}}
                },
            }
        },
        "schemas": {
            "Id": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "Count": {"oneOf": [{"type": "integer"}, {"type": "string", "pattern": "^-?[0-9]+$"}]},
            "Money": {"oneOf": [{"type": "number"}, {"type": "string"}]},
            "Flag": {"oneOf": [{"type": "boolean"}, {"type": "integer", "enum": [0, 1]}, {"type": "string"}]},
            "DateTimeOrZero": {
                "oneOf": [{"type": "string", "format": "date-time"}, {"type": "string", "pattern": "^0000"}]
            },
            "Meta": {"type": "object", "properties": {"total": COUNT}},
            "ContactList": {
                "type": "object",
                "required": ["contacts", "meta"],
                "properties": {
                    "contacts": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}},
                    "meta": {"$ref": "#/components/schemas/Meta"},
                },
            },
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": ID, "cdate": WHEN},
            },
            "Contact": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "type": "object",
                        "required": ["email"],
                        "properties": {
                            "email": {"type": "string"},
                            "firstName": {"type": "string", "nullable": True},
                            "deleted": FLAG,
                            "value": MONEY,
                            "status": {"type": "string", "enum": ["active", "unsubscribed"]},
                            "score": {"type": "integer"},
                            "links": {"type": "object", "additionalProperties": {"type": "string"}},
                            "parent": {"$ref": "#/components/schemas/Contact"},
                        },
                    },
                ]
            },
            "Circle": {"type": "object", "required": ["radius"], "properties": {"radius": COUNT}},
            "Square": {
                "type": "object",
                "required": ["side"],
                "properties": {"side": COUNT, "label": {"type": "string"}},
            },
            "Misc": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "described": {"allOf": [COUNT], "description": "A count, described."},
                    "day": {"type": "string", "format": "date"},
                    "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Circle"}},
                    "maybe": {
                        "type": "array",
                        "items": {"allOf": [{"$ref": "#/components/schemas/Circle"}], "nullable": True},
                    },
                    "either": {"anyOf": [{"type": "boolean"}, {"$ref": "#/components/schemas/Tree"}]},
                    "ratio": {"type": "number"},
                },
            },
            "Tree": {
                "type": "object",
                "properties": {
                    "size": COUNT,
                    "children": {"type": "array", "items": {"oneOf": [{"$ref": "#/components/schemas/Tree"}]}},
                },
            },
            "Thing": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Circle"},
                    {"$ref": "#/components/schemas/Square"},
                    {"type": "string", "enum": ["none"]},
                ]
            },
        },
    },
}

SPEC = Spec(DOCUMENT)


def contact(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "12",
        "email": "ada@example.com",
        "firstName": "Ada",
        "deleted": "0",
        "value": "156.24",
        "status": "active",
        "score": 3,
        "cdate": "2024-01-02T03:04:05-06:00",
        "links": {"notes": "https://example.com/api/3/contacts/12/notes"},
    }
    base.update(changes)
    return {key: value for key, value in base.items() if value is not ...}


def page(*contacts: dict[str, Any], total: object = "2") -> dict[str, Any]:
    return {"contacts": list(contacts), "meta": {"total": total}}


def problems(found: list[Disagreement]) -> set[tuple[str, str, str, str]]:
    return {(d.pointer, d.problem, d.expected, d.observed) for d in found}


def test_an_answer_that_fits_has_no_disagreement() -> None:
    assert SPEC.check_answer("listContacts", 200, page(contact(), contact(id=13))) == []


@pytest.mark.parametrize(
    ("changes", "total"),
    [
        ({"id": 12}, "2"),  # an id as a JSON number
        ({"deleted": 1}, 2),  # a flag as 0/1, a count as a JSON integer
        ({"deleted": True}, 2.0),  # a flag as a boolean, a count as an integral float
        ({"deleted": "1", "value": 156.24}, "12"),  # money as a float, a count as a string of digits
        ({"value": 10, "score": "7"}, "0"),  # an integer score as digits
        ({"cdate": "0000-00-00 00:00:00"}, "2"),  # the MySQL zero date
        ({"cdate": "2024-01-02 03:04:05"}, "2"),  # MySQL datetime
        ({"firstName": None, "cdate": None, "value": None, "status": None}, None),  # null where not required
        ({"status": "unsubscribed"}, "2"),
    ],
)
def test_forms_the_policy_accepts_are_not_disagreements(changes: dict[str, Any], total: object) -> None:
    assert SPEC.check_answer("listContacts", 200, page(contact(**changes), total=total)) == []


def test_unknown_attribute() -> None:
    found = SPEC.check_answer("listContacts", 200, page(contact(nickname="Countess"), contact(), total="2"))
    assert problems(found) == {
        ("/contacts/*/nickname", "unknown attribute", "no such attribute in Contact", "string"),
    }
    assert found[0].operation == "listContacts"


def test_unknown_attribute_of_an_inline_object_and_a_key_that_is_not_a_name() -> None:
    found = SPEC.check_answer("listContacts", 200, {**page(contact()), "ada@example.com": 1, "ada.lovelace": "x"})
    assert problems(found) == {
        ("/*", "unknown attribute", "no such attribute in ContactList", "0 or 1"),
        ("/*", "unknown attribute", "no such attribute in ContactList", "string"),
    }
    found = SPEC.check_answer("listContacts", 200, {**page(contact()), "page_input": {}, "a/b~c": None})
    assert problems(found) == {
        ("/page_input", "unknown attribute", "no such attribute in ContactList", "object"),
        ("/*", "unknown attribute", "no such attribute in ContactList", "null"),
    }


def test_a_required_kind_attribute_is_never_null() -> None:
    """A record's own id is `str` in the SDK, not `str | None`: a null there is a disagreement."""
    found = SPEC.check_answer("listContacts", 200, page(contact(id=None), contact(cdate=None)))
    assert problems(found) == {("/contacts/*/id", "type", ID_X, "null")}


def test_missing_required_attribute() -> None:
    found = SPEC.check_answer("listContacts", 200, page(contact(email=...), contact(id=...)))
    assert problems(found) == {
        ("/contacts/*/email", "missing attribute", TEXT_X, "absent"),
        ("/contacts/*/id", "missing attribute", ID_X, "absent"),
    }
    assert problems(SPEC.check_answer("listContacts", 200, {"contacts": []})) == {
        ("/meta", "missing attribute", "object", "absent")
    }


@pytest.mark.parametrize(
    ("changes", "pointer", "expected", "observed"),
    [
        ({"score": "lots"}, "/contacts/*/score", COUNT_X, "string"),
        ({"score": 1.5}, "/contacts/*/score", COUNT_X, "number"),
        ({"id": 12.5}, "/contacts/*/id", ID_X, "number"),
        ({"id": 12.0}, "/contacts/*/id", ID_X, "integral number"),
        ({"id": True}, "/contacts/*/id", ID_X, "boolean"),
        (
            {"deleted": "2"},
            "/contacts/*/deleted",
            FLAG_X,
            "integer string",
        ),
        ({"deleted": 2}, "/contacts/*/deleted", FLAG_X, "integer"),
        (
            {"value": "a lot"},
            "/contacts/*/value",
            MONEY_X,
            "string",
        ),
        ({"cdate": "yesterday"}, "/contacts/*/cdate", DATETIME_X, "string"),
        ({"cdate": 1700000000}, "/contacts/*/cdate", DATETIME_X, "integer"),
        ({"email": {"address": "x"}}, "/contacts/*/email", TEXT_X, "object"),
        ({"email": True}, "/contacts/*/email", TEXT_X, "boolean"),
        ({"links": ["a"]}, "/contacts/*/links", "object", "array"),
        (
            {"links": {"notes": True, "deals": None}},
            "/contacts/*/links/*",
            TEXT_X,
            "boolean",
        ),
    ],
)
def test_a_json_type_outside_the_policy(changes: dict[str, Any], pointer: str, expected: str, observed: str) -> None:
    found = SPEC.check_answer("listContacts", 200, page(contact(**changes)))
    assert problems(found) == {(pointer, "type", expected, observed)}


def test_a_count_that_is_not_a_number() -> None:
    found = SPEC.check_answer("listContacts", 200, page(contact(), total="abc"))
    assert problems(found) == {("/meta/total", "type", COUNT_X, "string")}


def test_enum_value_the_spec_does_not_list() -> None:
    found = SPEC.check_answer("listContacts", 200, page(contact(status="bounced")))
    assert problems(found) == {("/contacts/*/status", "enum", "one of: active, unsubscribed", "bounced")}


def test_an_enum_value_that_is_not_a_short_token_is_reported_by_its_form() -> None:
    found = SPEC.check_answer("listContacts", 200, page(contact(status="Ada Lovelace <ada@example.com>")))
    assert problems(found) == {("/contacts/*/status", "enum", "one of: active, unsubscribed", "string")}
    found = SPEC.check_answer("listContacts", 200, page(contact(status="x" * 41)))
    assert [d.observed for d in found] == ["string"]


def test_undeclared_status() -> None:
    assert problems(SPEC.check_answer("listContacts", 500, {"message": "oops"})) == {
        ("", "status", "one of: 200, 403", "500")
    }


def test_a_declared_error_status_is_checked_against_its_schema() -> None:
    assert SPEC.check_answer("listContacts", 403, {"message": "You do not have permission"}) == []
    assert problems(SPEC.check_answer("listContacts", 403, {"message": "No", "code": 7})) == {
        ("/code", "unknown attribute", "no such attribute", "integer")
    }


def test_statuses_written_as_numbers() -> None:
    document = copy.deepcopy(DOCUMENT)
    responses = document["paths"]["/contacts"]["get"]["responses"]
    responses[200] = responses.pop("200")
    spec = Spec(document)
    assert spec.check_answer("listContacts", 200, page(contact())) == []
    assert [d.problem for d in spec.check_answer("listContacts", 200, page(contact(score="x")))] == ["type"]


def test_status_ranges_and_answers_without_a_schema() -> None:
    assert SPEC.check_answer("listThings", 201, {"things": []}) == []
    assert problems(SPEC.check_answer("listThings", 404, {})) == {("", "status", "one of: 2XX", "404")}
    assert SPEC.check_answer("getMe", 200, {"anything": ["goes"]}) == []


def test_the_body_is_not_an_object() -> None:
    assert problems(SPEC.check_answer("getContact", 200, [])) == {("", "type", "object", "array")}
    assert problems(SPEC.check_answer("getContact", 200, None)) == {("", "type", "object", "null")}
    assert problems(SPEC.check_answer("getContact", 200, "<html>")) == {("", "type", "object", "string")}


def test_one_of_fits_when_any_alternative_fits() -> None:
    body = {"things": [{"radius": 2}, {"side": "3", "label": "big"}, "none"]}
    assert SPEC.check_answer("listThings", 200, body) == []


def test_one_of_reports_the_closest_alternative_or_one_type_disagreement() -> None:
    found = SPEC.check_answer("listThings", 200, {"things": [{"side": "x", "label": "big"}]})
    assert problems(found) == {("/things/*/side", "type", COUNT_X, "string")}
    found = SPEC.check_answer("listThings", 200, {"things": [True]})
    assert problems(found) == {("/things/*", "type", "object or one of: none", "boolean")}
    found = SPEC.check_answer("listThings", 200, {"things": ["some"]})
    assert problems(found) == {("/things/*", "type", "object or one of: none", "string")}


def test_maps_nested_objects_and_recursion() -> None:
    body = {"things": [], "byName": {"ada@example.com": "3", "bob": "many"}, "extra": {"anything": [1, {}]}}
    assert problems(SPEC.check_answer("listThings", 200, body)) == {("/byName/*", "type", COUNT_X, "string")}
    nested = contact(parent=contact(parent=contact(score="x")))
    assert problems(SPEC.check_answer("getContact", 200, {"contact": nested})) == {
        ("/contact/parent/parent/score", "type", COUNT_X, "string")
    }


def test_disagreements_are_deduplicated() -> None:
    found = SPEC.check_answer("listContacts", 200, page(*(contact(score="x", nickname="a") for _ in range(50))))
    assert len(found) == 2


def test_no_value_of_the_answer_is_ever_reported() -> None:
    personal = ["ada@example.com", "Ada", "Lovelace", "Countess of Lovelace, 12 St James's Square"]
    body = page(
        contact(email=personal[0], firstName=[personal[1]], lastName=personal[2], score=personal[3]),
        contact(status=personal[3], id={"who": personal[0]}, **{personal[0]: personal[1]}),
    )
    found = SPEC.check_answer("listContacts", 200, body)
    assert len(found) >= 5
    text = repr(found)
    assert not any(value in text for value in personal)


def test_an_unknown_operation_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="noSuchOperation"):
        SPEC.check_answer("noSuchOperation", 200, {})


def test_operation_id_for() -> None:
    assert SPEC.operation_id_for("GET", "/contacts") == "listContacts"
    assert SPEC.operation_id_for("get", "/contacts/12") == "getContact"
    assert SPEC.operation_id_for("GET", "/contacts/me") == "getMe"
    assert SPEC.operation_id_for("GET", "/api/3/contacts/12?include=x") == "getContact"
    assert SPEC.operation_id_for("POST", "/contacts") is None
    assert SPEC.operation_id_for("GET", "/contacts/12/notes") is None
    assert SPEC.operation_id_for("GET", "/contacts//") is None


def test_the_bundled_spec() -> None:
    assert operation_id_for("GET", "/contacts/12") == "getContact"
    assert operation_id_for("GET", "/users/me") == "getCurrentUser"
    assert operation_id_for("GET", "/users/3") == "getUser"
    assert operation_id_for("GET", "/lists/exclusions") == "listListExclusions"
    assert operation_id_for("DELETE", "/tags/4") == "deleteTag"
    assert default_spec().version
    found = check_answer("getContact", 200, {"contact": {"id": "1", "email": "ada@example.com", "nickname": "x"}})
    assert ("/contact/nickname", "unknown attribute") in {(d.pointer, d.problem) for d in found}
    assert "ada@example.com" not in repr(found)
    assert check_answer("listContacts", 299, {})[0].problem == "status"


def test_every_operation_of_the_bundled_spec_compiles() -> None:
    spec = default_spec()
    for operation_id in spec.operation_ids():
        for status in spec.operation(operation_id)["responses"]:
            spec.check_answer(operation_id, int(status) if status.isdigit() else 200, {})


def test_a_100_contact_page_is_checked_in_well_under_50_ms() -> None:
    record = {
        "id": "1",
        "email": "p0@example.com",
        "phone": "123",
        "firstName": "Ada",
        "lastName": "L",
        "orgid": "0",
        "segmentio_id": "",
        "bounced_hard": "0",
        "bounced_soft": "0",
        "bounced_date": "0000-00-00",
        "ip": "0",
        "ua": "",
        "hash": "19748c83f643ac9f2576fbd7dca4bfcb",
        "socialdata_lastcheck": "0000-00-00 00:00:00",
        "email_local": "p0",
        "email_domain": "example.com",
        "sentcnt": "0",
        "rating_tstamp": "0000-00-00",
        "gravatar": "1",
        "deleted": "0",
        "anonymized": "0",
        "cdate": "2026-12-05T09:09:59+00:00",
        "udate": "2026-12-05T09:09:59-06:00",
        "deleted_at": "0000-00-00 00:00:00",
        "links": {name: f"https://x.api-us1.com/api/3/contacts/1/{name}" for name in ("notes", "deals", "fieldValues")},
        "organization": None,
    }
    body = {"contacts": [{**record, "id": str(n)} for n in range(100)], "meta": {"total": "100"}}
    check_answer("listContacts", 200, body)  # compiles the operation
    runs = 20
    started = time.perf_counter()
    for _ in range(runs):
        check_answer("listContacts", 200, body)
    per_page = (time.perf_counter() - started) / runs
    assert per_page < 0.025, f"{per_page * 1000:.1f} ms per 100-contact page"


def test_all_of_a_kind_nullable_dates_any_of_and_recursive_alternatives() -> None:
    fits = {
        "described": "7",
        "day": "0000-00-00",
        "rows": [{"radius": 1}],
        "maybe": [{"radius": 1}, None],
        "either": {"size": 1, "children": [{"size": "2", "children": []}]},
        "ratio": "0.5",
    }
    assert SPEC.check_answer("getMisc", 200, fits) == []
    assert SPEC.check_answer("getMisc", 200, {**fits, "either": False, "day": "2024-02-29", "ratio": 3}) == []
    drifted = {
        "described": "seven",
        "day": "2024-02-29T10:00:00Z",
        "rows": [None],
        "maybe": [{"radius": "x"}, "round"],
        "either": {"size": 1, "children": [{"size": "two"}]},
        "ratio": True,
        "extra": 1,
    }
    assert problems(SPEC.check_answer("getMisc", 200, drifted)) == {
        ("/described", "type", COUNT_X, "string"),
        ("/day", "type", "date (date string, zero date string)", "datetime string"),
        ("/rows/*", "type", "object", "null"),
        ("/maybe/*/radius", "type", COUNT_X, "string"),
        ("/maybe/*", "type", "object", "string"),
        ("/either/children/*/size", "type", COUNT_X, "string"),
        ("/ratio", "type", "number (integer, integer string, integral number, number, number string)", "boolean"),
        ("/extra", "unknown attribute", "no such attribute in Misc", "0 or 1"),
    }
