from __future__ import annotations

import pytest
from activecampaign_api.models import (
    ErrorResponse,
    MessageCreateRequest,
    MessageCreateRequestMessage,
    MessageEnvelope,
    MessageFields,
    MessageList,
    MessageUpdateRequest,
    PageMeta,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect
from .maps import expect_map


@pytest.mark.operation("createMessage")
def test_create_message(ac: ActiveCampaign) -> None:
    body = MessageCreateRequest(
        message=MessageCreateRequestMessage(
            fromname="AC Admin",
            fromemail="noreply@example.com",
            reply2="hello@example.com",
            subject="You are subscribing to %LISTNAME%",
            preheader_text="Pre-header Text",
        )
    )
    message = expect(call(ac, ac.messages.create_message, body=body), MessageEnvelope, 201).message
    assert (message.id, message.fromemail) == ("28", "noreply@example.com")


@pytest.mark.operation("listMessages")
def test_list_messages(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.messages.list_messages, limit=20, offset=0), MessageList, 200)
    assert page.messages[0].subject == "Update your subscription to %LISTNAME%"
    assert isinstance(page.meta, PageMeta) and page.meta.total is not None


@pytest.mark.operation("getMessage")
def test_get_message(ac: ActiveCampaign) -> None:
    message = expect(call(ac, ac.messages.get_message, "1"), MessageEnvelope, 200).message
    assert message.format_ == "mime"


@pytest.mark.operation("getMessage", cassette="getMessage_not_found")
def test_get_missing_message(ac: ActiveCampaign) -> None:
    error = expect(call(ac, ac.messages.get_message, "10"), ErrorResponse, 404)
    assert error.message == "No Result found for Message with id 10"


@pytest.mark.operation("updateMessage")
def test_update_message(ac: ActiveCampaign) -> None:
    body = MessageUpdateRequest(
        message=MessageFields(
            fromname="John Doe",
            fromemail="noreply@example.com",
            reply2="hello@example.com",
            subject="You are subscribing to %LISTNAME%",
            preheader_text="Pre-header Text",
        )
    )
    message = expect(call(ac, ac.messages.update_message, "56", body=body), MessageEnvelope, 200).message
    assert (message.id, message.user, message.preview_data) == ("56", None, None)


@pytest.mark.operation("deleteMessage")
def test_delete_message(ac: ActiveCampaign) -> None:
    expect_map(call(ac, ac.messages.delete_message, "56"), 200)
