"""Every operation of the spec is a typed method of its tag, on both clients."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import re

import pytest
from activecampaign_api.models import TagCreateRequest, TagCreateRequestTag, TagEnvelope, TagList
from activecampaign_api.operations import AsyncOperations, Operations
from activecampaign_sdk import ActiveCampaign, AsyncActiveCampaign
from activecampaign_sdk.errors import NotFoundError, ResponseParseError, UnexpectedStatusError

from ..spec import operations
from .conftest import TOKEN, FakeApi, async_client, reply

TAG = {"tag": {"id": "16", "tag": "My Tag", "tagType": "contact", "description": "Description"}}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _placeholders(text: str) -> str:
    """Path placeholders made anonymous: the generator renames them ({schemaId} -> {schema_id})."""
    return re.sub(r"\{[^}]+\}", "{}", text)


def _tag_attribute(tag: str) -> str:
    return re.sub(r"\W+", "_", tag.strip().lower())


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_every_spec_operation_is_bound_with_the_generated_signature(
    ac: ActiveCampaign, fake: FakeApi, operation_id: str
) -> None:
    op = operations()[operation_id]
    attribute, method = _tag_attribute(op.tag), _snake(operation_id)
    module = importlib.import_module(f"activecampaign_api.api.{attribute}.{method}")
    generated = inspect.signature(module.sync_detailed)
    expected = [p for name, p in generated.parameters.items() if name != "client"]
    sync_method = getattr(getattr(ac, attribute), method)
    async_method = getattr(getattr(async_client(fake), attribute), method)
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


def test_api_exposes_the_generated_client_on_the_same_connection(ac: ActiveCampaign, fake: FakeApi) -> None:
    from activecampaign_api.api.tags import get_tag

    fake.on("GET /tags/16", reply(200, TAG))
    response = get_tag.sync_detailed("16", client=ac.api)
    assert isinstance(response.parsed, TagEnvelope)
    assert fake.requests[0].headers["Api-Token"] == TOKEN


def test_async_bound_operations_are_awaitable(fake: FakeApi) -> None:
    fake.on("GET /tags/16", reply(200, TAG))

    async def scenario() -> TagEnvelope:
        async with async_client(fake) as client:
            return await client.tags.get_tag("16")

    assert asyncio.run(scenario()).tag.tag == "My Tag"


def test_success_body_that_does_not_fit_the_model_raises_a_typed_error(ac: ActiveCampaign, fake: FakeApi) -> None:
    fake.on("GET /tags/1", reply(200, {"unexpected": True}))
    with pytest.raises(ResponseParseError) as caught:
        ac.tags.get_tag("1")
    assert (caught.value.status, caught.value.path, caught.value.body) == (200, "/tags/1", {"unexpected": True})
