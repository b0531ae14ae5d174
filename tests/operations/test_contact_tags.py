from __future__ import annotations

import pytest
from activecampaign_api.api.contact_tags import (
    create_contact_tag,
    delete_contact_tag,
    get_contact_tag,
    list_contact_contact_tags,
)
from activecampaign_api.models import (
    ContactTagCreateRequest,
    ContactTagCreateRequestContactTag,
    ContactTagEnvelope,
    ContactTagList,
    EmptyObject,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import expect


@pytest.mark.operation("createContactTag")
def test_tag_a_contact(ac: ActiveCampaign) -> None:
    body = ContactTagCreateRequest(contact_tag=ContactTagCreateRequestContactTag(contact="1", tag="20"))
    saved = expect(create_contact_tag.sync_detailed(client=ac.api, body=body), ContactTagEnvelope, 201)
    assert (saved.contact_tag.id, saved.contact_tag.contact, saved.contact_tag.tag) == ("1", "1", "20")


@pytest.mark.operation("getContactTag")
def test_get_contact_tag(ac: ActiveCampaign) -> None:
    found = expect(get_contact_tag.sync_detailed("1", client=ac.api), ContactTagEnvelope, 200)
    assert found.contact_tag.tag == "20"
    assert found.contact_tag.created_by is None


@pytest.mark.operation("deleteContactTag")
def test_untag_a_contact(ac: ActiveCampaign) -> None:
    expect(delete_contact_tag.sync_detailed("1", client=ac.api), EmptyObject, 200)


@pytest.mark.operation("listContactContactTags")
def test_list_tags_of_a_contact(ac: ActiveCampaign) -> None:
    found = expect(list_contact_contact_tags.sync_detailed("1", client=ac.api), ContactTagList, 200)
    assert [t.tag for t in found.contact_tags] == ["20", "21"]
