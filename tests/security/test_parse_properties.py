"""Arbitrary and mutated 2xx bodies: models raise only `ParseError`, the SDK only `ResponseParseError`.

Generated `from_dict` functions trust the spec: they index required keys, call
`dict()` on what should be an object and nested `from_dict` on what should be
a nested object. Whatever Python raises on a body that does not fit, `from_dict`
turns into `activecampaign_api.errors.ParseError`, so used directly `Model.from_dict`
either returns the model or raises that; through a bound operation the SDK raises
`ResponseParseError`, and nothing else escapes. Examples come from hypothesis' JSON
strategy and from mutations (dropped keys, nulls, swapped types) of the cassettes'
real bodies."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest
import yaml
from activecampaign_api import models
from activecampaign_api.errors import ParseError
from activecampaign_sdk import ActiveCampaign, NoRateLimit, errors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CASSETTES = Path(__file__).parent.parent / "cassettes"
# The one error a generated `from_dict` may raise on a body that does not fit its model.
FROM_DICT_ERRORS = (ParseError,)
PROPERTY = settings(
    max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow], database=None
)


class Case(NamedTuple):
    model: type[Any]
    cassette: str
    call: Callable[[ActiveCampaign], object]


CASES = [
    Case(models.ContactList, "contacts/listContacts.yaml", lambda ac: ac.contacts.list_contacts()),
    Case(models.ContactDetail, "contacts/getContact.yaml", lambda ac: ac.contacts.get_contact("1")),
    Case(
        models.ContactEnvelope,
        "contacts/syncContact.yaml",
        lambda ac: ac.contacts.sync_contact(
            body=models.ContactSyncRequest(contact=models.ContactSyncFields(email="ada@example.com"))
        ),
    ),
    Case(models.TagList, "tags/listTags.yaml", lambda ac: ac.tags.list_tags()),
    Case(models.TagEnvelope, "tags/getTag.yaml", lambda ac: ac.tags.get_tag("1")),
    Case(models.MailingListList, "lists/listLists.yaml", lambda ac: ac.lists.list_lists()),
    Case(models.MailingListEnvelope, "lists/getList.yaml", lambda ac: ac.lists.get_list("1")),
    Case(models.DealList, "deals/listDeals.yaml", lambda ac: ac.deals.list_deals()),
    Case(models.DealDetail, "deals/getDeal.yaml", lambda ac: ac.deals.get_deal("1")),
    Case(models.AccountList, "accounts/listAccounts.yaml", lambda ac: ac.accounts.list_accounts()),
    Case(models.AccountEnvelope, "accounts/getAccount.yaml", lambda ac: ac.accounts.get_account("1")),
    Case(
        models.ContactTagList,
        "contact-tags/listContactContactTags.yaml",
        lambda ac: ac.contact_tags.list_contact_contact_tags("1"),
    ),
    Case(models.FieldList, "custom-fields/listFields.yaml", lambda ac: ac.custom_fields.list_fields()),
    Case(models.NoteEnvelope, "notes/getNote.yaml", lambda ac: ac.notes.get_note("1")),
    Case(models.PipelineList, "pipelines/listPipelines.yaml", lambda ac: ac.pipelines.list_pipelines()),
    Case(models.DealStageList, "deal-stages/listDealStages.yaml", lambda ac: ac.deal_stages.list_deal_stages()),
]


def recorded(cassette: str) -> tuple[int, Any]:
    """The status and JSON body of the cassette's (last) response."""
    interaction = yaml.load((CASSETTES / cassette).read_bytes(), Loader=yaml.CSafeLoader)["interactions"][-1][
        "response"
    ]
    return interaction["status"]["code"], json.loads(interaction["body"]["string"])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every location inside a JSON value, the root included."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths(child, (*prefix, index))


def swapped(value: Any) -> Any:
    """The value as the next JSON type along, so strings become numbers, objects lists and so on."""
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bool | int | float):
        return str(value)
    return {}


@st.composite
def mutated(draw: st.DrawFn, body: Any) -> Any:
    """The body with one to three changes: a key dropped, a null, a swapped type or any JSON value."""
    body = json.loads(json.dumps(body))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(list(paths(body))))
        if not where:
            body = swapped(body) if draw(st.booleans()) else draw(json_values)
            continue
        parent = body
        for step in where[:-1]:
            parent = parent[step]
        last = where[-1]
        change = draw(st.sampled_from(["drop", "null", "swap", "any"]))
        if change == "drop" and isinstance(parent, dict):
            del parent[last]
        elif change == "null":
            parent[last] = None
        elif change == "swap":
            parent[last] = swapped(parent[last])
        else:
            parent[last] = draw(json_values)
    return body


class OneBody:
    """A MockTransport answering every request with one scripted 2xx body."""

    def __init__(self) -> None:
        self.status, self.content, self.count = 200, b"", 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        return httpx.Response(self.status, content=self.content, headers={"Content-Type": "application/json"})


@pytest.fixture(scope="module")
def api() -> Iterator[tuple[ActiveCampaign, OneBody]]:
    server = OneBody()
    http = httpx.Client(transport=httpx.MockTransport(server.handle))
    with (
        http,
        ActiveCampaign("https://test-account.api-us1.com", "t0ken", limiter=NoRateLimit(), httpx_client=http) as ac,
    ):
        yield ac, server


def check(case: Case, api: tuple[ActiveCampaign, OneBody], status: int, content: bytes) -> None:
    """The property: from_dict returns the model or raises a documented error, and the SDK agrees, typed."""
    ac, server = api
    try:
        expected: BaseException | None = None
        direct = case.model.from_dict(json.loads(content))
        assert isinstance(direct, case.model)
    except FROM_DICT_ERRORS as exc:
        expected = exc
    server.status, server.content, before = status, content, server.count
    try:
        parsed = case.call(ac)
    except errors.ResponseParseError as exc:
        assert expected is not None, f"the SDK refused a body from_dict accepts: {exc}"
        assert exc.status == status
    else:
        assert expected is None, f"from_dict raised {expected!r} but the SDK returned {parsed!r}"
        assert isinstance(parsed, case.model)
    assert server.count == before + 1


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.model.__name__)
def test_recorded_bodies_parse(case: Case, api: tuple[ActiveCampaign, OneBody]) -> None:
    status, body = recorded(case.cassette)
    assert isinstance(case.model.from_dict(body), case.model)
    api[1].status, api[1].content = status, json.dumps(body).encode()
    assert isinstance(case.call(api[0]), case.model)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.model.__name__)
@PROPERTY
@given(body=json_values)
def test_any_json_body_parses_or_raises_a_typed_error(
    case: Case, api: tuple[ActiveCampaign, OneBody], body: Any
) -> None:
    check(case, api, recorded(case.cassette)[0], json.dumps(body).encode())


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.model.__name__)
@PROPERTY
@given(data=st.data())
def test_mutated_recorded_bodies_parse_or_raise_a_typed_error(
    case: Case, api: tuple[ActiveCampaign, OneBody], data: st.DataObject
) -> None:
    status, body = recorded(case.cassette)
    check(case, api, status, json.dumps(data.draw(mutated(body))).encode())


# NaN and Infinity are no JSON (RFC 8259), though Python's json module would read them.
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "body is empty"),
        (b"<html>502 Bad Gateway</html>", "body is not JSON: "),
        (b'{"tag": ', "body is not JSON: "),
        (b"\xff\xfe", "body is not JSON: "),
        (b'{"tag": {"id": NaN}}', "body is not JSON: "),
        (b'{"tag": []}', "body does not match the operation's model: "),
    ],
)
def test_a_2xx_body_that_does_not_parse_says_why(
    api: tuple[ActiveCampaign, OneBody], content: bytes, reason: str
) -> None:
    ac, server = api
    server.status, server.content = 200, content
    with pytest.raises(errors.ResponseParseError, match=re.escape(f"GET /tags/1 (getTag) -> HTTP 200: {reason}")):
        ac.tags.get_tag("1")
