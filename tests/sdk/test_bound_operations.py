"""Every operation of the spec is a typed method of its tag, on both clients."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import re
from typing import Any

import httpx
import pytest
from activecampaign_api.models import TagCreateRequest, TagCreateRequestTag, TagEnvelope, TagList
from activecampaign_api.operations import AsyncOperations, Operations
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign
from activecampaign_sdk.errors import (
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    ResponseParseError,
    UnexpectedStatusError,
)

from ..spec import operations
from .conftest import BASE_URL, TOKEN, FakeApi, reply

TAG = {"tag": {"id": "16", "tag": "My Tag", "tagType": "contact", "description": "Description"}}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _placeholders(text: str) -> str:
    """Path placeholders made anonymous: the generator renames them ({schemaId} -> {schema_id})."""
    return re.sub(r"\{[^}]+\}", "{}", text)


def _tag_attribute(tag: str) -> str:
    return re.sub(r"\W+", "_", tag.strip().lower())


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_every_spec_operation_is_bound_with_the_generated_signature(operation_id: str) -> None:
    op = operations()[operation_id]
    attribute, method = _tag_attribute(op.tag), _snake(operation_id)
    module = importlib.import_module(f"activecampaign_api.api.{attribute}.{method}")
    expected = list(inspect.signature(module._get_kwargs).parameters.values())
    sync_method = getattr(getattr(ActiveCampaign(BASE_URL, TOKEN), attribute), method)
    async_method = getattr(getattr(AsyncActiveCampaign(BASE_URL, TOKEN), attribute), method)
    assert inspect.iscoroutinefunction(async_method)
    for bound in (sync_method, async_method):
        assert list(inspect.signature(bound).parameters.values()) == expected
        assert f"`{op.method.upper()} {_placeholders(op.path)}`" in _placeholders(bound.__doc__ or "")


def test_tag_attributes_do_not_shadow_client_methods(ac: ActiveCampaign) -> None:
    tags = {_tag_attribute(op.tag) for op in operations().values()}
    for client_class, generated in ((ActiveCampaign, Operations), (AsyncActiveCampaign, AsyncOperations)):
        # Each tag attribute the client resolves is the generated one, not an SDK method of that name.
        shadowed = {tag for tag in tags if inspect.getattr_static(client_class, tag) is not vars(generated)[tag]}
        assert not shadowed, f"tag names collide with SDK methods: {sorted(shadowed)}"


def test_list_sends_the_wire_names_and_returns_the_model(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags", reply(200, {"tags": [TAG["tag"]], "meta": {"total": "1"}}))
    page = ac.tags.list_tags(filters_search_eq="My Tag", limit=5)
    assert isinstance(page, TagList)
    assert [t.tag for t in page.tags] == ["My Tag"]
    sent = fake.requests[0]
    assert sent.url.params["filters[search][eq]"] == "My Tag"
    assert sent.url.params["limit"] == "5"
    assert sent.headers["Api-Token"] == TOKEN


def test_create_posts_the_body_and_accepts_201(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /tags", reply(201, TAG))
    body = TagCreateRequest(tag=TagCreateRequestTag(tag="My Tag", tag_type="contact", description="Description"))
    created = ac.tags.create_tag(body=body)
    assert isinstance(created, TagEnvelope)
    assert created.tag.id == "16"
    assert fake.body() == {"tag": {"tag": "My Tag", "tagType": "contact", "description": "Description"}}


def test_error_status_raises_instead_of_returning_the_error_model(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(404, {"message": "No Result found for Tag with id 1"}))
    with pytest.raises(NotFoundError) as caught:
        ac.tags.get_tag("1")
    assert caught.value.path == "/tags/1"
    assert caught.value.message == "No Result found for Tag with id 1"


def test_undocumented_success_status_is_not_parsed_as_the_model(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(202, {}))
    with pytest.raises(UnexpectedStatusError) as caught:
        ac.tags.get_tag("1")
    assert caught.value.status == 202


def test_raw_gives_status_headers_and_the_parsed_model(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("POST /tags", reply(201, TAG, headers={"x-request-id": "req-7"}))
    body = TagCreateRequest(tag=TagCreateRequestTag(tag="My Tag", tag_type="contact"))
    response = ac.raw(ac.tags.create_tag, body=body)
    assert (response.status_code, response.headers["x-request-id"]) == (201, "req-7")
    assert isinstance(response.parsed, TagEnvelope) and response.parsed.tag.id == "16"
    assert fake.requests[0].headers["Api-Token"] == TOKEN


def test_raw_goes_through_retries_and_typed_errors(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/16", reply(503, {}), reply(200, TAG))
    assert ac.raw(ac.tags.get_tag, "16").parsed.tag.tag == "My Tag"
    assert len(fake.requests) == 2, "retried once, as a plain call is"
    fake.on("GET /tags/17", reply(404, {"message": "gone"}))
    with pytest.raises(NotFoundError):
        ac.raw(ac.tags.get_tag, "17")


def test_raw_takes_only_bound_operations(ac: ActiveCampaign, fake: FakeApi) -> None:
    with pytest.raises(InvalidInputError, match="bound operation"):
        ac.raw(len, "x")
    assert fake.requests == []


def test_with_options_sets_timeout_retries_and_headers_for_its_calls_only(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/16", reply(503, {}), reply(200, TAG))
    patient = ac.with_options(timeout=90, max_retries=0, headers={"X-Trace": "abc"})
    with pytest.raises(InternalServerError):
        patient.tags.get_tag("16")
    sent = fake.requests[0]
    assert sent.headers["X-Trace"] == "abc" and sent.headers["Api-Token"] == TOKEN
    assert sent.extensions["timeout"] == httpx.Timeout(90).as_dict()
    assert ac.tags.get_tag("16").tag.id == "16", "the original client still retries, without the header"
    assert "X-Trace" not in fake.requests[-1].headers
    assert fake.requests[-1].extensions["timeout"] == httpx.Timeout(30).as_dict()
    assert patient.limiter is ac.limiter


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"headers": {"Api-Token": "other"}}, "Api-Token"),
        ({"headers": {"authorization": "Bearer x"}}, "authorization"),
        ({"headers": {"X-Trace": "a\r\nApi-Token: x"}}, "cannot be sent"),
        ({"headers": {"X Trace": "a"}}, "is no HTTP token"),
    ],
)
def test_with_options_refuses_bad_options(ac: ActiveCampaign, options: dict[str, Any], match: str) -> None:
    with pytest.raises(InvalidInputError, match=match):
        ac.with_options(**options)


def test_closing_a_with_options_client_keeps_the_connections(fake: FakeApi) -> None:
    fake.on("GET /tags/16", reply(200, TAG))
    with ActiveCampaign(BASE_URL, TOKEN, httpx_client=httpx.Client(transport=httpx.MockTransport(fake.handle))) as ac:
        ac.with_options(timeout=5).close()
        assert ac.tags.get_tag("16").tag.id == "16"


def test_async_bound_operations_are_awaitable(fake: FakeApi) -> None:
    fake.on("GET /tags/16", reply(200, TAG))

    async def scenario() -> TagEnvelope:
        http = httpx.AsyncClient(transport=httpx.MockTransport(fake.handle))
        async with http, AsyncActiveCampaign(BASE_URL, TOKEN, httpx_client=http) as client:
            return await client.tags.get_tag("16")

    assert asyncio.run(scenario()).tag.tag == "My Tag"


def test_success_body_that_does_not_fit_the_model_raises_a_typed_error(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"unexpected": True}))
    with pytest.raises(ResponseParseError) as caught:
        ac.tags.get_tag("1")
    assert (caught.value.status, caught.value.path, caught.value.body) == (200, "/tags/1", {"unexpected": True})
