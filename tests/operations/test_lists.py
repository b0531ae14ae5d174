from __future__ import annotations

import pytest
from activecampaign_api.models import (
    MailingListCreateRequest,
    MailingListCreateRequestList,
    MailingListEnvelope,
    MailingListFields,
    MailingListList,
    MailingListUpdateRequest,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createList")
def test_create_list(ac: ActiveCampaign) -> None:
    body = MailingListCreateRequest(
        list_=MailingListCreateRequestList(
            name="Name of List",
            stringid="Name-of-list",
            sender_url="http://activecampaign.com",
            sender_reminder=(
                "You are receiving this email as you subscribed to a newsletter when making an order on our site."
            ),
            send_last_broadcast=0,
            carboncopy="",
            subscription_notify="",
            unsubscription_notify="",
            user=1,
        )
    )
    saved = expect(call(ac, ac.lists.create_list, body=body), MailingListEnvelope, 200)
    assert (saved.list_.id, saved.list_.stringid) == ("6", "Name-of-list")


@pytest.mark.operation("listLists")
def test_list_lists_by_name(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.lists.list_lists, limit=100, filters_name_contains="List"), MailingListList, 200)
    assert page.meta.total == 4
    assert page.lists[0].name == "Email Subscription"
    assert page.lists[0].udate is None


@pytest.mark.operation("getList")
def test_get_list(ac: ActiveCampaign) -> None:
    found = expect(call(ac, ac.lists.get_list, "1"), MailingListEnvelope, 200)
    assert found.list_.stringid == "email-subscription"


@pytest.mark.operation("updateList")
def test_rename_list(ac: ActiveCampaign) -> None:
    body = MailingListUpdateRequest(list_=MailingListFields(name="Updated List Name"))
    saved = expect(call(ac, ac.lists.update_list, "1", body=body), MailingListEnvelope, 200)
    assert saved.list_.name == "Updated List Name"


@pytest.mark.operation("deleteList")
def test_delete_list(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.lists.delete_list, "1"), 200)
