from __future__ import annotations

import pytest
from activecampaign_api.models import AutomationList, AutomationLookup, AutomationPageMeta
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect


@pytest.mark.operation("listAutomations")
def test_list_automations(ac: ActiveCampaign) -> None:
    page = expect(call(ac, ac.automations.list_automations, limit=20, offset=0), AutomationList, 200)
    assert [a.name for a in page.automations] == ["Email Subscription", "Test SMS Send"]
    assert page.automations[0].status == 2
    assert isinstance(page.meta, AutomationPageMeta) and page.meta.total == 2
    assert isinstance(page.meta, AutomationPageMeta) and page.meta.starts and page.meta.starts[0].type_ == "subscribe"


@pytest.mark.operation("getAutomation")
def test_get_automation(ac: ActiveCampaign) -> None:
    found = expect(call(ac, ac.automations.get_automation, "87"), AutomationLookup, 200)
    assert found.automations and found.automations[0].id == "87"
    assert found.automations[0].status == 2
    assert found.automations[0].description is None
