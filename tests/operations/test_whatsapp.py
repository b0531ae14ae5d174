from __future__ import annotations

import pytest
from activecampaign_api.models import (
    WhatsappAssigneeInput,
    WhatsappChannel,
    WhatsappContact,
    WhatsappConversation,
    WhatsappConversationFields,
    WhatsappConversationPage,
    WhatsappConversationReplaceRequest,
    WhatsappConversationTag,
    WhatsappFlowContact,
    WhatsappFlowExecution,
    WhatsappFlowExecutionContact,
    WhatsappFlowExecutionContactPage,
    WhatsappFlowExecutionPage,
    WhatsappFlowRunRequest,
    WhatsappTemplate,
    WhatsappTemplateFields,
    WhatsappTemplateFieldsComponentsType0Item,
    WhatsappTemplatePage,
    WhatsappTemplateSendRequest,
    WhatsappTemplateSent,
    WhatsappUser,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect

TEMPLATE = "0b3f6a3e-5d7c-4a8e-9c1d-2e3f4a5b6c7d"
FLOW = "6e1f7c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
EXECUTION = "d2c5a14a-771d-4cc0-a126-3513a5201940"
CONTACT = "c0ffee00-1111-4222-8333-444455556666"
CONVERSATION = "ee49ab6c-dfd8-4cb6-a512-5880f4385622"


@pytest.mark.operation("listWhatsappTemplates")
def test_list_approved_whatsapp_templates(ac: ActiveCampaign) -> None:
    response = call(ac, ac.whatsapp.list_whatsapp_templates, page=1, page_size=20, status="approved")
    page = expect(response, WhatsappTemplatePage, 200)
    assert (page.count, [t.name for t in page.results]) == (1, ["order_shipped"])


@pytest.mark.operation("getWhatsappTemplate")
def test_get_whatsapp_template(ac: ActiveCampaign) -> None:
    template = expect(call(ac, ac.whatsapp.get_whatsapp_template, TEMPLATE), WhatsappTemplate, 200)
    assert (template.status, template.category, template.language) == ("approved", "UTILITY", "en_US")
    assert isinstance(template.channel, WhatsappChannel) and template.channel.channel_id == "+15555550100"


@pytest.mark.operation("updateWhatsappTemplate")
def test_update_whatsapp_template_resubmits_it(ac: ActiveCampaign) -> None:
    component = WhatsappTemplateFieldsComponentsType0Item.from_dict(
        {"type": "BODY", "text": "Hi {{1}}, order {{2}} is on its way."}
    )
    body = WhatsappTemplateFields(name="order_shipped", language="en_US", category="UTILITY", components=[component])
    template = expect(call(ac, ac.whatsapp.update_whatsapp_template, TEMPLATE, body=body), WhatsappTemplate, 200)
    assert template.status == "pending"


@pytest.mark.operation("deleteWhatsappTemplate")
def test_delete_whatsapp_template(ac: ActiveCampaign) -> None:
    response = ac.raw(ac.whatsapp.delete_whatsapp_template, TEMPLATE)
    assert response.status_code == 204
    assert response.content == b""


@pytest.mark.operation("sendWhatsappTemplate")
def test_send_whatsapp_template(ac: ActiveCampaign) -> None:
    body = WhatsappTemplateSendRequest(phone="+15555550101", variables=["Jane", "#1042"])
    sent = expect(call(ac, ac.whatsapp.send_whatsapp_template, TEMPLATE, body=body), WhatsappTemplateSent, 201)
    assert sent.conversation == CONVERSATION


@pytest.mark.operation("runWhatsappFlow")
def test_run_whatsapp_flow_for_two_numbers(ac: ActiveCampaign) -> None:
    body = WhatsappFlowRunRequest(
        execute_for="LIST",
        contact_list=[
            WhatsappFlowContact(phone="+15555550101", first_name="Jane"),
            WhatsappFlowContact(phone="+15555550102"),
        ],
    )
    execution = expect(call(ac, ac.whatsapp.run_whatsapp_flow, FLOW, body=body), WhatsappFlowExecution, 201)
    assert (execution.id, execution.status, execution.num_contacts, execution.flow) == (
        EXECUTION,
        "PROCESSING",
        2,
        FLOW,
    )


@pytest.mark.operation("listWhatsappFlowExecutions")
def test_list_whatsapp_flow_executions(ac: ActiveCampaign) -> None:
    response = call(ac, ac.whatsapp.list_whatsapp_flow_executions, page=1, flow=FLOW)
    [execution] = expect(response, WhatsappFlowExecutionPage, 200).results
    assert (execution.status, execution.completed) == ("COMPLETED", 2)


@pytest.mark.operation("getWhatsappFlowExecution")
def test_get_whatsapp_flow_execution(ac: ActiveCampaign) -> None:
    execution = expect(call(ac, ac.whatsapp.get_whatsapp_flow_execution, EXECUTION), WhatsappFlowExecution, 200)
    assert isinstance(execution.status_triggered_by, WhatsappUser) and execution.status_triggered_by.id == "1"
    assert execution.avg_completion_time == "00:04:12"


@pytest.mark.operation("listWhatsappFlowExecutionContacts")
def test_list_contacts_of_a_flow_execution(ac: ActiveCampaign) -> None:
    response = call(
        ac, ac.whatsapp.list_whatsapp_flow_execution_contacts, page=1, page_size=50, flow_execution=EXECUTION
    )
    [run] = expect(response, WhatsappFlowExecutionContactPage, 200).results
    assert isinstance(run.contact, WhatsappContact) and run.contact.phone == "+15555550101"


@pytest.mark.operation("getWhatsappFlowExecutionContact")
def test_get_contact_run_step_by_step(ac: ActiveCampaign) -> None:
    response = call(ac, ac.whatsapp.get_whatsapp_flow_execution_contact, "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b")
    run = expect(response, WhatsappFlowExecutionContact, 200)
    assert isinstance(run.execution_steps, list) and run.execution_steps[0]["status"] == "COMPLETED"


@pytest.mark.operation("listWhatsappConversations")
def test_list_conversations_of_a_contact(ac: ActiveCampaign) -> None:
    response = call(ac, ac.whatsapp.list_whatsapp_conversations, page=1, page_size=20, contact=CONTACT)
    [conversation] = expect(response, WhatsappConversationPage, 200).results
    assert (conversation.id, conversation.status, conversation.source) == (CONVERSATION, "NEW", "API")


@pytest.mark.operation("replaceWhatsappConversation")
def test_assign_and_tag_conversation(ac: ActiveCampaign) -> None:
    body = WhatsappConversationReplaceRequest(
        id=CONVERSATION,
        contact=CONTACT,
        status="IN_PROGRESS",
        assigned=[WhatsappAssigneeInput(id=3)],
        tags=[WhatsappConversationTag(id=7, name="shipping")],  # built for sending: an id may be a number
    )
    response = call(ac, ac.whatsapp.replace_whatsapp_conversation, CONVERSATION, body=body)
    conversation = expect(response, WhatsappConversation, 200)
    assert isinstance(conversation.assigned, list) and conversation.assigned[0].email == "ana@example.com"


@pytest.mark.operation("updateWhatsappConversation")
def test_resolve_conversation(ac: ActiveCampaign) -> None:
    body = WhatsappConversationFields(status="RESOLVED")
    response = call(ac, ac.whatsapp.update_whatsapp_conversation, CONVERSATION, body=body)
    assert expect(response, WhatsappConversation, 200).status == "RESOLVED"
