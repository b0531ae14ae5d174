from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ContactTagCreateRequest,
    ContactTagCreateRequestContactTag,
    ContactTagEnvelope,
    ContactTagList,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createContactTag")
def test_tag_a_contact(ac: ActiveCampaign) -> None:
    body = ContactTagCreateRequest(contact_tag=ContactTagCreateRequestContactTag(contact="1", tag="20"))
    saved = expect(call(ac, ac.contact_tags.create_contact_tag, body=body), ContactTagEnvelope, 201)
    assert (saved.contact_tag.id, saved.contact_tag.contact, saved.contact_tag.tag) == ("1", "1", "20")


@pytest.mark.operation("getContactTag")
def test_get_contact_tag(ac: ActiveCampaign) -> None:
    found = expect(call(ac, ac.contact_tags.get_contact_tag, "1"), ContactTagEnvelope, 200)
    assert found.contact_tag.tag == "20"
    assert found.contact_tag.created_by is None


@pytest.mark.operation("deleteContactTag")
def test_untag_a_contact(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.contact_tags.delete_contact_tag, "1"), 200)


@pytest.mark.operation("listContactContactTags")
def test_list_tags_of_a_contact(ac: ActiveCampaign) -> None:
    found = expect(call(ac, ac.contact_tags.list_contact_contact_tags, "1"), ContactTagList, 200)
    assert [t.tag for t in found.contact_tags] == ["20", "21"]
