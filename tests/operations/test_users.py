from __future__ import annotations

import pytest
from activecampaign_api.models import (
    UserCreateRequest,
    UserEnvelope,
    UserFields,
    UserList,
    UserUpdated,
    UserUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createUser")
def test_create_user(ac: ActiveCampaign) -> None:
    body = UserCreateRequest(
        user=UserFields(
            username="jdoe",
            first_name="John",
            last_name="Doe",
            email="johndoe@example.com",
            password="myPa$$w0rd",
            group=4,
        )
    )
    user = expect(call(ac, ac.users.create_user, body=body), UserEnvelope, 201).user
    assert (user.id, user.local_zoneid) == ("3", "America/New_York")


@pytest.mark.operation("listUsers")
def test_list_users(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.users.list_users, limit=20, offset=0), UserList, 200)
    assert [u.username for u in page.users] == ["admin", "janedoe"]
    assert page.users[0].signature is None


@pytest.mark.operation("getUser")
def test_get_user(ac: ActiveCampaign) -> None:
    user = expect(call(ac, ac.users.get_user, "1"), UserEnvelope, 200).user
    assert user.username == "admin"


@pytest.mark.operation("updateUser")
def test_update_user_group(ac: ActiveCampaign) -> None:
    body = UserUpdateRequest(user=UserFields(email="johndoe@example.com", first_name="John", last_name="Doe", group=3))
    updated = expect(call(ac, ac.users.update_user, "3", body=body), UserUpdated, 200)
    assert updated.user.user_group == "3"
    assert isinstance(updated.user_groups, list) and updated.user_groups[0].groupid == "3"


@pytest.mark.operation("deleteUser")
def test_delete_user(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.users.delete_user, "3"), 200)


@pytest.mark.operation("getCurrentUser")
def test_get_current_user(ac: ActiveCampaign) -> None:
    user = expect(call(ac, ac.users.get_current_user), UserEnvelope, 200).user
    assert user.username == "jdoe"


@pytest.mark.operation("getUserByEmail")
def test_get_user_by_email(ac: ActiveCampaign) -> None:
    user = expect(call(ac, ac.users.get_user_by_email, "johndoe@example.com"), UserEnvelope, 200).user
    assert user.id == "1"


@pytest.mark.operation("getUserByUsername")
def test_get_user_by_username(ac: ActiveCampaign) -> None:
    user = expect(call(ac, ac.users.get_user_by_username, "admin"), UserEnvelope, 200).user
    assert user.email == "johndoe@example.com"
