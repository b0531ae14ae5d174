from __future__ import annotations

import pytest
from activecampaign_api.api.users import (
    create_user,
    delete_user,
    get_current_user,
    get_user,
    get_user_by_email,
    get_user_by_username,
    list_users,
    update_user,
)
from activecampaign_api.models import (
    EmptyObject,
    UserCreateRequest,
    UserEnvelope,
    UserFields,
    UserList,
    UserUpdated,
    UserUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import expect


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
    user = expect(create_user.sync_detailed(client=ac.api, body=body), UserEnvelope, 201).user
    assert (user.id, user.local_zoneid) == ("3", "America/New_York")


@pytest.mark.operation("listUsers")
def test_list_users(ac: ActiveCampaign) -> None:
    page = expect(list_users.sync_detailed(client=ac.api, limit=20, offset=0), UserList, 200)
    assert [u.username for u in page.users] == ["admin", "janedoe"]
    assert page.users[0].signature is None


@pytest.mark.operation("getUser")
def test_get_user(ac: ActiveCampaign) -> None:
    user = expect(get_user.sync_detailed("1", client=ac.api), UserEnvelope, 200).user
    assert user.username == "admin"


@pytest.mark.operation("updateUser")
def test_update_user_group(ac: ActiveCampaign) -> None:
    body = UserUpdateRequest(user=UserFields(email="johndoe@example.com", first_name="John", last_name="Doe", group=3))
    updated = expect(update_user.sync_detailed("3", client=ac.api, body=body), UserUpdated, 200)
    assert updated.user.user_group == "3"
    assert isinstance(updated.user_groups, list) and updated.user_groups[0].groupid == "3"


@pytest.mark.operation("deleteUser")
def test_delete_user(ac: ActiveCampaign) -> None:
    expect(delete_user.sync_detailed("3", client=ac.api), EmptyObject, 200)


@pytest.mark.operation("getCurrentUser")
def test_get_current_user(ac: ActiveCampaign) -> None:
    user = expect(get_current_user.sync_detailed(client=ac.api), UserEnvelope, 200).user
    assert user.username == "jdoe"


@pytest.mark.operation("getUserByEmail")
def test_get_user_by_email(ac: ActiveCampaign) -> None:
    user = expect(get_user_by_email.sync_detailed("johndoe@example.com", client=ac.api), UserEnvelope, 200).user
    assert user.id == "1"


@pytest.mark.operation("getUserByUsername")
def test_get_user_by_username(ac: ActiveCampaign) -> None:
    user = expect(get_user_by_username.sync_detailed("admin", client=ac.api), UserEnvelope, 200).user
    assert user.email == "johndoe@example.com"
