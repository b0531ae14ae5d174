from __future__ import annotations

import pytest
from activecampaign_api.api.deal_roles import create_deal_role, delete_deal_role, list_deal_roles
from activecampaign_api.models import DealRoleCreateRequest, DealRoleEnvelope, DealRoleList, EmptyObject
from activecampaign_sdk import ActiveCampaign

from ..replay import expect


@pytest.mark.operation("listDealRoles")
def test_list_deal_roles(ac: ActiveCampaign) -> None:
    page = expect(list_deal_roles.sync_detailed(client=ac.api, search="e"), DealRoleList, 200)
    assert [r.title for r in page.deal_roles] == ["Contributor", "Decision Maker"]


@pytest.mark.operation("createDealRole")
def test_create_deal_role(ac: ActiveCampaign) -> None:
    body = DealRoleCreateRequest(title="Finance")
    role = expect(create_deal_role.sync_detailed(client=ac.api, body=body), DealRoleEnvelope, 200).deal_role
    assert (role.id, role.title) == ("3", "Finance")


@pytest.mark.operation("deleteDealRole")
def test_delete_deal_role(ac: ActiveCampaign) -> None:
    expect(delete_deal_role.sync_detailed("3", client=ac.api), EmptyObject, 200)
