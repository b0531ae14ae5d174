from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    FieldGroupCreateRequest,
    FieldGroupCreateRequestGroupDefinition,
    FieldGroupEnvelope,
    FieldGroupList,
    FieldGroupMemberEnvelope,
    FieldGroupMemberRequest,
    FieldGroupMemberRequestGroupMember,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createFieldGroup")
def test_create_field_group(ac: ActiveCampaign) -> None:
    body = FieldGroupCreateRequest(
        group_definition=FieldGroupCreateRequestGroupDefinition(label="Group Name Here", ordernum=4, group_type=1)
    )
    group = expect(call(ac, ac.field_groups.create_field_group, body=body), FieldGroupEnvelope, 200)
    assert (group.group_definition.id, group.group_definition.type_id) == ("22", "1")


@pytest.mark.operation("listFieldGroups")
def test_list_field_groups(ac: ActiveCampaign) -> None:
    groups = expect(call(ac, ac.field_groups.list_field_groups), FieldGroupList, 200).group_definitions
    assert [g.label for g in groups][-1] == "CustomName"


@pytest.mark.operation("addFieldToGroup")
def test_add_field_to_group(ac: ActiveCampaign) -> None:
    body = FieldGroupMemberRequest(
        group_member=FieldGroupMemberRequestGroupMember(rel_id="10", ordernum=None, group_id="1")
    )
    member = expect(call(ac, ac.field_groups.add_field_to_group, body=body), FieldGroupMemberEnvelope, 200)
    assert (member.group_member.rel_id, member.group_member.ordernum) == ("10", 18)


@pytest.mark.operation("getFieldGroupMember")
def test_get_field_group_member(ac: ActiveCampaign) -> None:
    member = expect(call(ac, ac.field_groups.get_field_group_member, "89"), FieldGroupMemberEnvelope, 200)
    assert member.group_member.id == "89"


@pytest.mark.operation("getFieldGroupMember", cassette="getFieldGroupMember_not_found")
def test_get_missing_field_group_member(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.field_groups.get_field_group_member, "94"), ErrorResponse, 404)
    assert error.errors and error.errors[0].status == 404


@pytest.mark.operation("updateFieldGroupMember")
def test_update_field_group_member(ac: ActiveCampaign) -> None:
    body = FieldGroupMemberRequest(
        group_member=FieldGroupMemberRequestGroupMember(rel_id="10", ordernum=None, group_id="1")
    )
    member = expect(call(ac, ac.field_groups.update_field_group_member, "87", body=body), FieldGroupMemberEnvelope, 200)
    assert member.group_member.group_id == "1"


@pytest.mark.operation("deleteFieldGroupMember")
def test_delete_field_group_member(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.field_groups.delete_field_group_member, "87"), 200)
