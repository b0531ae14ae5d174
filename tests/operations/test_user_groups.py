from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    GroupLimitList,
    UserGroupCreateRequest,
    UserGroupCreateRequestGroup,
    UserGroupEnvelope,
    UserGroupFields,
    UserGroupList,
    UserGroupUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


def _documented_group() -> UserGroupFields:
    """The documented example: most permissions on, user management off."""
    return UserGroupFields(
        title="TEST TITLE",
        descript="Description Text",
        unsubscribelink="0",
        optinconfirm="0",
        pg_list_add=1,
        pg_list_edit=1,
        pg_list_delete=1,
        pg_list_headers=1,
        pg_list_emailaccount=1,
        pg_list_bounce=1,
        pg_message_add=1,
        pg_message_edit=1,
        pg_message_delete=1,
        pg_message_send=1,
        pg_contact_add=1,
        pg_contact_edit=1,
        pg_contact_delete=1,
        pg_contact_merge=1,
        pg_contact_import=1,
        pg_contact_approve=1,
        pg_contact_export=1,
        pg_contact_sync=1,
        pg_contact_filters=1,
        pg_contact_actions=1,
        pg_contact_fields=1,
        pg_user_add="0",
        pg_user_edit="0",
        pg_user_delete="0",
        pg_group_add=1,
        pg_group_edit=1,
        pg_group_delete=1,
        pg_template_add=1,
        pg_template_edit=1,
        pg_template_delete=1,
        pg_personalization_add=1,
        pg_personalization_edit=1,
        pg_personalization_delete=1,
        pg_automation_manage=1,
        pg_form_edit=1,
        pg_reports_campaign=1,
        pg_reports_list=1,
        pg_reports_user=1,
        pg_reports_trend=1,
        pg_startup_reports=1,
        pg_startup_gettingstarted=1,
        pg_deal=1,
        pg_deal_delete=1,
        pg_deal_reassign=1,
        pg_deal_group_add=1,
        pg_deal_group_edit=1,
        pg_deal_group_delete=1,
        pg_saved_responses_manage=1,
        req_approval=1,
        req_approval_1_st=1,
        req_approval_notify="JohnDoe@gmail.com",
        socialdata=0,
    )


@pytest.mark.operation("createUserGroup")
def test_create_user_group(ac: ActiveCampaign) -> None:
    fields = _documented_group().to_dict()
    body = UserGroupCreateRequest(group=UserGroupCreateRequestGroup.from_dict(fields))
    group = expect(call(ac, ac.user_groups.create_user_group, body=body), UserGroupEnvelope, 200).group
    assert (group.id, group.p_admin) == ("7", True)


@pytest.mark.operation("listUserGroups")
def test_list_user_groups(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.user_groups.list_user_groups), UserGroupList, 200)
    assert [g.id for g in page.groups] == ["3", "5", "6", "7"]
    assert page.groups[1].descript is None and page.groups[1].sdate is None


@pytest.mark.operation("getUserGroup")
def test_get_user_group(ac: ActiveCampaign) -> None:
    group = expect(call(ac, ac.user_groups.get_user_group, "3"), UserGroupEnvelope, 200).group
    assert (group.pg_contact_actions, group.pg_deal) == (False, True)


@pytest.mark.operation("getUserGroup", cassette="getUserGroup_not_found")
def test_get_missing_user_group_is_forbidden(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.user_groups.get_user_group, "10"), ErrorResponse, 403)
    assert error.message == "No Result found for Group with id 10"


@pytest.mark.operation("updateUserGroup")
def test_update_user_group(ac: ActiveCampaign) -> None:
    body = UserGroupUpdateRequest(group=_documented_group())
    group = expect(call(ac, ac.user_groups.update_user_group, "5", body=body), UserGroupEnvelope, 200).group
    assert (group.pg_list_add, group.pg_user_add, group.req_approval_notify) == (True, False, "JohnDoe@gmail.com")


@pytest.mark.operation("deleteUserGroup")
def test_delete_user_group(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.user_groups.delete_user_group, "5"), 200)


@pytest.mark.operation("listGroupLimits")
def test_list_group_limits(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.user_groups.list_group_limits), GroupLimitList, 200)
    assert [(g.groupid, g.limit_attachment) for g in page.group_limits][:1] == [("1", -1)]
