from __future__ import annotations

import pytest
from activecampaign_api.models import (
    CampaignCopyResult,
    CampaignCreateRequest,
    CampaignEnvelope,
    CampaignErrors,
    CampaignLinkList,
    CampaignList,
    CampaignSettings,
    CampaignSettingsInput,
    PageMeta,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listCampaigns")
def test_list_campaigns(ac: ActiveCampaign) -> None:
    response = call(ac, ac.campaigns.list_campaigns, limit=20, offset=0, orders_sdate="DESC")
    page = expect(response, CampaignList, 200)
    campaign = page.campaigns[0]
    assert (campaign.id, campaign.name, campaign.type_) == ("1", "Opt In Email", "single")
    assert campaign.sdate is None and campaign.automation is None
    assert isinstance(page.meta, PageMeta) and page.meta.total == 1


@pytest.mark.operation("getCampaign")
def test_get_campaign(ac: ActiveCampaign) -> None:
    campaign = expect(call(ac, ac.campaigns.get_campaign, "1"), CampaignEnvelope, 200).campaign
    assert (campaign.name, campaign.status, campaign.send_amt) == ("Matt Litmus test", 0, 0)


@pytest.mark.operation("listCampaignLinks")
def test_list_campaign_links(ac: ActiveCampaign) -> None:
    links = expect(call(ac, ac.campaigns.list_campaign_links, "1"), CampaignLinkList, 200).links
    assert [link.link for link in links] == ["open", "open"]
    assert links[1].message is None


@pytest.mark.operation("copyCampaign")
def test_copy_campaign(ac: ActiveCampaign) -> None:
    result = expect(call(ac, ac.campaigns.copy_campaign, "1"), CampaignCopyResult, 200)
    assert (result.succeeded, result.new_campaign_id) == (True, "217")


@pytest.mark.operation("createCampaign")
def test_create_campaign(ac: ActiveCampaign) -> None:
    body = CampaignCreateRequest(can_split_content=False, type_="single", name="Campaign Name")
    created = expect(call(ac, ac.campaigns.create_campaign, body=body), CampaignSettings, 200)
    assert (created.id, created.name, created.can_split_content) == ("149", "Campaign Name", False)


@pytest.mark.operation("createCampaign", cassette="createCampaign_invalid")
def test_create_campaign_invalid(ac: ActiveCampaign) -> None:
    body = CampaignCreateRequest(name="", type_="single")
    errors = expect(call(ac, ac.campaigns.create_campaign, body=body), CampaignErrors, 400)
    assert errors.errors and errors.errors[0] == "Field name is required"


@pytest.mark.operation("editCampaign")
def test_edit_campaign(ac: ActiveCampaign) -> None:
    body = CampaignSettingsInput(
        name="Spring sale", list_ids=[1, 2], link_tracking_enabled=True, read_tracking_enabled=True
    )
    saved = expect(call(ac, ac.campaigns.edit_campaign, "149", body=body), CampaignSettings, 200)
    assert (saved.id, saved.list_ids) == ("149", ["1", "2"])
