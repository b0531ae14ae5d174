from __future__ import annotations

import pytest
from activecampaign_api.models import DealRoleCreateRequest, DealRoleEnvelope, DealRoleList
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("listDealRoles")
def test_list_deal_roles(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.deal_roles.list_deal_roles, search="e"), DealRoleList, 200)
    assert [r.title for r in page.deal_roles] == ["Contributor", "Decision Maker"]


@pytest.mark.operation("createDealRole")
def test_create_deal_role(ac: ActiveCampaign) -> None:
    body = DealRoleCreateRequest(title="Finance")
    role = expect(call(ac, ac.deal_roles.create_deal_role, body=body), DealRoleEnvelope, 200).deal_role
    assert (role.id, role.title) == ("3", "Finance")


@pytest.mark.operation("deleteDealRole")
def test_delete_deal_role(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.deal_roles.delete_deal_role, "3"), 200)
