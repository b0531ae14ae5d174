from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ListGroupCreateRequest,
    ListGroupCreateRequestListGroup,
    ListGroupEnvelope,
    ListGroupList,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createListGroup")
def test_create_list_group(ac: ActiveCampaign) -> None:
    body = ListGroupCreateRequest(list_group=ListGroupCreateRequestListGroup(listid=19, groupid=1))
    saved = expect(call(ac, ac.list_groups.create_list_group, body=body), ListGroupEnvelope, 201).list_group
    assert (saved.id, saved.list_, saved.group) == ("55", "19", "1")


@pytest.mark.operation("listListGroups")
def test_list_list_groups(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.list_groups.list_list_groups, limit=20, offset=0), ListGroupList, 200)
    assert [(g.listid, g.groupid) for g in page.list_groups] == [("19", "1"), ("19", "3")]


@pytest.mark.operation("getListGroup")
def test_get_list_group(ac: ActiveCampaign) -> None:
    saved = expect(call(ac, ac.list_groups.get_list_group, "55"), ListGroupEnvelope, 200).list_group
    assert (saved.list_, saved.group) == ("19", "1")


@pytest.mark.operation("deleteListGroup")
def test_delete_list_group(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.list_groups.delete_list_group, "55"), 200)
