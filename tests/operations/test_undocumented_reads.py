"""Undocumented operations that public clients call, outside the tags that have a file of their own."""

from __future__ import annotations

import pytest
from activecampaign_api.models import (
    AutomationBlockList,
    CampaignAggregateRevenueList,
    CampaignLinkList,
    CampaignListLinkList,
    CampaignMessageList,
    ConfigList,
    ContactDataList,
    ContactEmailList,
    ContactTagList,
    ContactViewBounceLogs,
    ContactViewListMemberships,
    ContactViewScoreValues,
    DealActivityList,
    EcomOrderActivityList,
    FieldOptionBulkRequest,
    FieldOptionInput,
    FieldOptionList,
    FieldRelList,
    LinkDatumList,
    MessageActivityList,
    PipelineUserList,
    SiteMessageList,
    UserGroupMembershipEnvelope,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listBounceLogs")
def test_list_bounce_logs(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_bounce_logs, limit=20, offset=0), ContactViewBounceLogs, 200)
    assert (page.bounce_logs[0].code, page.bounce_logs[0].created_by) == ("48", None)


@pytest.mark.operation("listContactData")
def test_list_contact_data(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_data, limit=20, offset=0), ContactDataList, 200)
    assert [(d.contact, d.ga_times_visited) for d in page.contact_data] == [("4", 0)]


@pytest.mark.operation("listContactEmails")
def test_list_contact_emails(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_contact_emails, limit=20, offset=0), ContactEmailList, 200)
    [email] = page.contact_emails
    assert (email.contact, email.deal, email.message) == ("4", "3", None)


@pytest.mark.operation("listContactListMembershipsOfAccount")
def test_list_list_memberships_of_every_contact(ac: ActiveCampaign) -> None:
    response = call(ac, ac.contacts.list_contact_list_memberships_of_account, limit=20, offset=0)
    membership = expect(response, ContactViewListMemberships, 200).contact_lists[0]
    assert (membership.list_, membership.status) == ("1", 3)


@pytest.mark.operation("listScoreValues")
def test_list_score_values(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.contacts.list_score_values, limit=20, offset=0), ContactViewScoreValues, 200)
    assert (page.score_values[0].score_value, page.score_values[0].deal) == (0, None)


@pytest.mark.operation("listContactTags")
def test_list_tags_of_every_contact(ac: ActiveCampaign) -> None:
    found = expect(call(ac, ac.contact_tags.list_contact_tags, limit=20, offset=0), ContactTagList, 200)
    assert [t.tag for t in found.contact_tags] == ["20", "21"]


@pytest.mark.operation("listConfigs")
def test_list_configs(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.configs.list_configs, limit=20, offset=0), ConfigList, 200)
    assert [(c.keyname, c.val) for c in page.configs] == [("pagination.users_index", "20")]


@pytest.mark.operation("listLinks")
def test_list_links_of_every_campaign(ac: ActiveCampaign) -> None:
    links = expect(call(ac, ac.campaigns.list_links, limit=20, offset=0), CampaignLinkList, 200).links
    assert [link.link for link in links] == ["open", "open"]


@pytest.mark.operation("listCampaignLists")
def test_list_campaign_lists(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.campaigns.list_campaign_lists, limit=20, offset=0), CampaignListLinkList, 200)
    assert [(c.campaignid, c.listid, c.list_amt) for c in page.campaign_lists] == [("1", "1", 1840)]


@pytest.mark.operation("listCampaignMessages")
def test_list_campaign_messages(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.campaigns.list_campaign_messages, limit=20, offset=0), CampaignMessageList, 200)
    assert [(m.subject, m.uniqueopens) for m in page.campaign_messages] == [("Spring is here", 701)]


@pytest.mark.operation("listCampaignCampaignMessages")
def test_list_messages_of_one_campaign(ac: ActiveCampaign) -> None:
    response = call(ac, ac.campaigns.list_campaign_campaign_messages, "1", limit=100)
    assert [m.send_amt for m in expect(response, CampaignMessageList, 200).campaign_messages] == [1840]


@pytest.mark.operation("listCampaignAggregateRevenues")
def test_list_campaign_aggregate_revenues(ac: ActiveCampaign) -> None:
    response = call(ac, ac.campaigns.list_campaign_aggregate_revenues, "1", limit=100)
    [revenue] = expect(response, CampaignAggregateRevenueList, 200).aggregate_revenues
    assert (revenue["revenue"], revenue["currency"]) == ("125000", "usd")


@pytest.mark.operation("listMessageActivities")
def test_list_message_activities(ac: ActiveCampaign) -> None:
    response = call(ac, ac.campaigns.list_message_activities, limit=100, offset=0)
    page = expect(response, MessageActivityList, 200)
    assert [(a.event, a.link) for a in page.message_activities] == [
        ("open", None),
        ("click", "https://example.com/sale"),
    ]


@pytest.mark.operation("listCampaignMessageActivities")
def test_list_message_activities_of_one_campaign(ac: ActiveCampaign) -> None:
    response = call(ac, ac.campaigns.list_campaign_message_activities, "1", limit=100, offset=0)
    assert [a.contact for a in expect(response, MessageActivityList, 200).message_activities] == ["4", "4"]


@pytest.mark.operation("listLinkData")
def test_list_link_data(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.campaigns.list_link_data, limit=100, offset=0), LinkDatumList, 200)
    assert [(d.contact, d.link) for d in page.link_data] == [("4", "2")]


@pytest.mark.operation("listAutomationBlocks")
def test_list_automation_blocks(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.automations.list_automation_blocks, limit=20, offset=0), AutomationBlockList, 200)
    assert [(b.type_, b.parent) for b in page.automation_blocks] == [("start", "0"), ("send", "11")]


@pytest.mark.operation("listPipelineUsers")
def test_list_pipeline_users(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.pipelines.list_pipeline_users, limit=20, offset=0), PipelineUserList, 200)
    assert [(u.deal_group, u.user, u.cdate) for u in page.deal_group_users] == [("4", "3", None)]


@pytest.mark.operation("listDealDealActivities")
def test_list_activities_of_one_deal(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.deal_activities.list_deal_deal_activities, "1", limit=100), DealActivityList, 200)
    assert [a.data_type for a in page.deal_activities] == ["", "contact"]


@pytest.mark.operation("listEcomOrderActivities")
def test_list_ecom_order_activities(ac: ActiveCampaign) -> None:
    response = call(ac, ac.ecommerce_orders.list_ecom_order_activities, limit=20, offset=0)
    [activity] = expect(response, EcomOrderActivityList, 200).ecom_order_activities
    assert (activity.order_number, activity.state, activity.abandoned_date) == ("1042", 1, None)


@pytest.mark.operation("listSiteMessages")
def test_list_site_messages(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.site_tracking.list_site_messages, limit=20, offset=0), SiteMessageList, 200)
    assert [(m.name, m.automation) for m in page.site_messages] == [("Spring sale banner", "2")]


@pytest.mark.operation("getUserGroupMembership")
def test_get_user_group_membership(ac: ActiveCampaign) -> None:
    membership = expect(call(ac, ac.users.get_user_group_membership, "3"), UserGroupMembershipEnvelope, 200)
    assert (membership.user_group.userid, membership.user_group.groupid) == ("3", "3")


@pytest.mark.operation("listFieldRelations")
def test_list_lists_of_a_field(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.field_relations.list_field_relations, "8", limit=20, offset=0), FieldRelList, 200)
    assert [rel.relid for rel in page.field_rels] == ["2", "3"]


@pytest.mark.operation("bulkCreateFieldOptionsPlural")
def test_bulk_create_field_options_on_the_plural_path(ac: ActiveCampaign) -> None:
    body = FieldOptionBulkRequest(
        field_options=[
            FieldOptionInput(field="62", value=value, label=f"Option {value}", orderid=n, isdefault=False)
            for n, value in enumerate("XYZ", start=1)
        ]
    )
    created = expect(call(ac, ac.field_options.bulk_create_field_options_plural, body=body), FieldOptionList, 201)
    assert (created.field_options[0].id, created.field_options[0].orderid) == ("1", 1)
