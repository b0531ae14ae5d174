from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    TagCreateRequest,
    TagCreateRequestTag,
    TagEnvelope,
    TagFields,
    TagList,
    TagUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createTag")
def test_create_tag(ac: ActiveCampaign) -> None:
    body = TagCreateRequest(tag=TagCreateRequestTag(tag="My Tag", tag_type="contact", description="Description"))
    created = expect(call(ac, ac.tags.create_tag, body=body), TagEnvelope, 201)
    assert created.tag.id == "16"
    assert created.tag.tag == "My Tag"


@pytest.mark.operation("listTags")
def test_list_tags_filtered_by_name(ac: ActiveCampaign) -> None:
    response = call(ac, ac.tags.list_tags, limit=20, offset=0, filters_search_contains="o", orders_search="weight")
    page = expect(response, TagList, 200)
    assert [t.tag for t in page.tags][:2] == ["one", "two"]
    assert page.meta.total == 5


@pytest.mark.operation("getTag")
def test_get_tag(ac: ActiveCampaign) -> None:
    tag = expect(call(ac, ac.tags.get_tag, "1"), TagEnvelope, 200).tag
    assert (tag.id, tag.subscriber_count) == ("1", 0)


@pytest.mark.operation("getTag", cassette="getTag_not_found")
def test_get_missing_tag(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.tags.get_tag, "1"), ErrorResponse, 404)
    assert error.message == "No Result found for Tag with id 1"


@pytest.mark.operation("updateTag")
def test_update_tag(ac: ActiveCampaign) -> None:
    body = TagUpdateRequest(tag=TagFields(tag="My Tag", tag_type="contact", description="Description"))
    tag = expect(call(ac, ac.tags.update_tag, "2", body=body), TagEnvelope, 200).tag
    assert tag.id == "2"


@pytest.mark.operation("deleteTag")
def test_delete_tag(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.tags.delete_tag, "1"), 200)
